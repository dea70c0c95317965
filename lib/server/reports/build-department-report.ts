import "@/lib/server/server-only";
import { recordedUserId, type Actor } from "@/lib/rules/actor";
import { can } from "@/lib/rules/permissions";
import { canEdit, type TReportStatus } from "@/lib/rules/status-machine";
import { diffPackages } from "@/lib/disclosure/fields";
import { unitScopeWhere } from "@/lib/server/auth/scope";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getDefaultGlossary } from "@/lib/server/texts/get-default-glossary";
import { consolidatedUnits, sameUnits, storedConsolidatedUnits } from "./consolidated-units";
import { consolidateDepartment } from "./get-department-rollup";
import { storedPackage } from "./load-scoped-report";
import { saveRevisionRows } from "./save-revision-rows";
import { writeDraftPackage } from "./write-draft-package";
import { writeRevisionSummary } from "./write-revision-summary";

export interface BuildDepartmentReportOptions {
  actor: Actor;
  unitCode: string;
  year: number;
  /** false: only rebuild an existing one (opening the page); default true (the clerk's button). */
  createIfMissing?: boolean;
}

/**
 * The department clerk opens or refreshes the department report (部门决算): created on first use
 * (revision 1, texts taken from the department's own 单位决算), otherwise, while it is a draft,
 * its figures are rebuilt from the consolidation of now and its own texts kept (written through
 * writeDraftPackage, which consolidates every department save and stores the consolidated units
 * with it). A submitted, approved or
 * published department report is left as it is. Nothing is written when nothing changed.
 */
export async function buildDepartmentReport(options: BuildDepartmentReportOptions): Promise<{ reportId: string; created: boolean; rebuilt: boolean } | null> {
  const { actor, year } = options;
  const client = db();
  const unit = can(actor, "report.create")
    ? await client.unit.findFirst({ where: { code: options.unitCode, active: true, ...unitScopeWhere(actor) }, select: { id: true, code: true, name: true } })
    : null;
  if (!unit) throw new AppError("NOT_FOUND");
  const existing = await client.report.findUnique({
    where: { unitId_year_kind: { unitId: unit.id, year, kind: "DEPARTMENT" } },
    select: { id: true, currentRevision: { select: { package: true, version: true, status: true, consolidatedUnits: true } } },
  });
  if (existing?.currentRevision) {
    const revision = existing.currentRevision;
    if (!canEdit(actor, revision.status as TReportStatus)) return { reportId: existing.id, created: false, rebuilt: false };
    const stored = storedPackage(revision.package);
    const { consolidation, members } = await consolidateDepartment(client, unit, year, stored);
    const unchanged =
      consolidation &&
      diffPackages(stored, consolidation.package).length === 0 &&
      sameUnits(storedConsolidatedUnits(revision.consolidatedUnits), consolidatedUnits(members));
    if (!consolidation || unchanged) return { reportId: existing.id, created: false, rebuilt: false };
    await writeDraftPackage({ actor, reportId: existing.id, version: revision.version, package: stored, action: "revision.consolidate" });
    return { reportId: existing.id, created: false, rebuilt: true };
  }
  if (options.createIfMissing === false) return null;

  return client.$transaction(async (tx) => {
    if (!(await tx.fiscalYear.findFirst({ where: { year, entryOpen: true } }))) {
      throw new AppError("INVALID_INPUT", { message: `${year}年度尚未开放填报` });
    }
    const { consolidation, members } = await consolidateDepartment(tx, unit, year, null);
    if (!consolidation) throw new AppError("INVALID_INPUT", { message: `本级单位尚未开始${year}年度的单位决算，无法汇总部门决算` });
    const pkg = consolidation.package;
    const glossary = await getDefaultGlossary(tx);
    // The unique (unit, year, kind) refuses a second department report created at the same moment.
    const report = await tx.report.create({ data: { unitId: unit.id, year, kind: "DEPARTMENT", status: "DRAFT" } });
    const revision = await tx.revision.create({
      data: {
        reportId: report.id,
        number: 1,
        package: pkg,
        consolidatedUnits: consolidatedUnits(members),
        status: "DRAFT",
        createdById: recordedUserId(actor),
        glossary: glossary.edited ? glossary.entries.map(({ term, definition }) => ({ term, definition })) : undefined,
      },
    });
    await tx.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id } });
    await saveRevisionRows(tx, revision.id, pkg);
    await writeRevisionSummary(tx, revision.id, { package: pkg });
    await writeAuditLog(tx, {
      actorId: recordedUserId(actor),
      unitId: unit.id,
      year,
      reportKind: "DEPARTMENT",
      action: "report.create",
      targetType: "Report",
      targetId: report.id,
      after: { unitCode: unit.code, year, kind: "DEPARTMENT", revisionId: revision.id },
    });
    return { reportId: report.id, created: true, rebuilt: true };
  });
}
