import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { applyDepartmentTexts } from "@/lib/workspace/department-texts";
import { loadScopedReport, storedPackage } from "./load-scoped-report";
import { writeDraftPackage } from "./write-draft-package";

/**
 * The department clerk's texts and the variance reasons of the consolidated 公开05 lines (by code):
 * applied to the department report's package and written through writeDraftPackage, which
 * rebuilds the figures from the consolidation (they are never typed) and keeps the reasons by code.
 */
export async function saveDepartmentTexts(options: {
  actor: Actor;
  reportId: string;
  version: number;
  texts: Record<string, string | undefined>;
  varianceReasons?: Record<string, string>;
}) {
  return db().$transaction(async (tx) => {
    const report = await loadScopedReport(tx, options.actor, "report.edit", { reportId: options.reportId });
    if (report.kind !== "DEPARTMENT") throw new AppError("NOT_FOUND");
    const pkg = applyDepartmentTexts(storedPackage(report.currentRevision.package), options.texts, options.varianceReasons);
    return writeDraftPackage({ actor: options.actor, reportId: report.id, version: options.version, package: pkg, action: "revision.save", tx });
  });
}
