/**
 * The checks of a draft, as the editor (in the browser) and the server (on submit) run them:
 * the core's runChecks, with last year's figures from last year's published package when there
 * is one (then the package's own priorYear block is ignored), else from that block, and the
 * year's code set from the database (lib/server/codes). Pure.
 */
import { runChecks, hasBlockingErrors } from "@/lib/disclosure/checks";
import type { CodeSet } from "@/lib/disclosure/codes";
import { priorFigures } from "@/lib/disclosure/figures";
import type { CheckResult } from "@/lib/disclosure/model";
import type { TPackage } from "@/lib/disclosure/package";

export function checkDraft(pkg: TPackage, previousPublished: TPackage | null, codes: CodeSet | null): CheckResult[] {
  return runChecks(pkg, { codes, prior: priorFigures(pkg, previousPublished), previous: previousPublished });
}

export function blockingCount(results: readonly CheckResult[]): number {
  return results.filter((r) => r.severity === "error").length;
}

export { hasBlockingErrors };
