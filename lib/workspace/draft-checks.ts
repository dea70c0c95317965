/**
 * The checks of a draft, as the editor (in the browser) and the server (on submit) run them:
 * the core's runChecks, with last year's figures from last year's published package when there
 * is one (then the package's own priorYear block is ignored), else from that block, and the
 * year's code set from the database (lib/server/codes); a department report's generated fields
 * (决算单位构成) are not the clerk's, so never marked as carried over (W5). Pure.
 */
import { runChecks, hasBlockingErrors } from "@/lib/disclosure/checks";
import type { CodeSet } from "@/lib/disclosure/codes";
import { DEPARTMENT_GENERATED_FIELDS } from "@/lib/disclosure/consolidate/generated-fields";
import type { TReportKind } from "@/lib/rules/department";
import { priorFigures } from "@/lib/disclosure/figures";
import type { CheckResult } from "@/lib/disclosure/model";
import type { TPackage } from "@/lib/disclosure/package";

/** `kind`: the report's (its previous published package is of the same kind). */
export function checkDraft(pkg: TPackage, previousPublished: TPackage | null, codes: CodeSet | null, kind: TReportKind): CheckResult[] {
  return runChecks(pkg, {
    codes,
    prior: priorFigures(pkg, previousPublished),
    previous: previousPublished,
    generated: kind === "DEPARTMENT" ? DEPARTMENT_GENERATED_FIELDS : [],
  });
}

export function blockingCount(results: readonly CheckResult[]): number {
  return results.filter((r) => r.severity === "error").length;
}

export { hasBlockingErrors };
