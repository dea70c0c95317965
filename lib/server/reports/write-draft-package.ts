import "@/lib/server/server-only";
import { recordedUserId, type Actor } from "@/lib/rules/actor";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db, type DbTransaction } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { TPackage } from "@/lib/disclosure/package";
import { saveRevisionRows } from "@/lib/server/reports/save-revision-rows";
import { writeRevisionSummary } from "@/lib/server/reports/write-revision-summary";
import { packageDiff } from "@/lib/workspace/package-diff";
import { consolidatedUnits, type ConsolidatedUnit } from "./consolidated-units";
import { consolidateDepartment } from "./get-department-rollup";
import { loadScopedReport, storedPackage } from "./load-scoped-report";
import { canEdit, editableStatuses, type TReportStatus } from "@/lib/rules/status-machine";

export interface WriteDraftPackageOptions {
  actor: Actor;
  reportId: string;
  /** The version the client read; a different current version means someone saved since. */
  version: number;
  package: TPackage;
  /** Audit verb: "revision.save" or "revision.import". */
  action: string;
  /** Run inside the caller's transaction (a script writing a correction's content before publishing it). */
  tx?: DbTransaction;
}

type UnitRow = { id: string; code: string; name: string; shortName: string; region: string; category: string };

/** The package's `unit` block as the units table says (issue 13: a clerk could rename the unit in public). */
async function unitBlock(tx: DbTransaction, unit: UnitRow): Promise<TPackage["unit"]> {
  const parent = await tx.unit.findFirst({ where: { children: { some: { id: unit.id } } }, select: { code: true } });
  const block: TPackage["unit"] = { code: unit.code, name: unit.name, shortName: unit.shortName, region: unit.region, category: unit.category };
  return parent ? { ...block, parentCode: parent.code } : block;
}

/**
 * The one write path for a draft's content (save and import): scope, editability and version
 * checked, package + line items + summary + audit entry written in one transaction, version incremented.
 */
export async function writeDraftPackage(options: WriteDraftPackageOptions): Promise<{ version: number; updatedAt: Date; package: TPackage }> {
  if (options.tx) return write(options.tx, options);
  return db().$transaction((tx) => write(tx, options));
}

async function write(tx: DbTransaction, options: WriteDraftPackageOptions): Promise<{ version: number; updatedAt: Date; package: TPackage }> {
  const { actor } = options;
  const report = await loadScopedReport(tx, actor, "report.edit", { reportId: options.reportId });
  const revision = report.currentRevision;
  if (!canEdit(actor, revision.status as TReportStatus)) throw new AppError("READ_ONLY");
  if (options.package.unit.code !== report.unit.code || options.package.year !== report.year) {
    throw new AppError("INVALID_INPUT", {
      message: `数据包的单位或年度（${options.package.unit.code}，${options.package.year}年）与当前报告（${report.unit.code}，${report.year}年）不一致`,
    });
  }
  // The unit's public name and details come from the units table, never from what a clerk sends.
  let pkg = { ...options.package, unit: await unitBlock(tx, report.unit) };
  // A department report's figures are never typed: the consolidation of now, with the texts sent;
  // the units it took in are stored beside it, to be frozen with the revision at publication.
  let units: ConsolidatedUnit[] | undefined;
  if (report.kind === "DEPARTMENT") {
    const { consolidation, members } = await consolidateDepartment(tx, report.unit, report.year, pkg);
    if (!consolidation) throw new AppError("INVALID_INPUT", { message: "本级单位尚未开始该年度的单位决算，无法汇总部门决算" });
    pkg = consolidation.package;
    units = consolidatedUnits(members);
  }
  // The version guard is in the UPDATE itself, so two concurrent saves cannot both pass.
  const updated = await tx.revision.updateMany({
    where: { id: revision.id, version: options.version, status: { in: editableStatuses() } },
    data: { package: pkg, version: { increment: 1 }, ...(units ? { consolidatedUnits: units } : {}) },
  });
  if (updated.count !== 1) throw new AppError("STALE_VERSION");
  await saveRevisionRows(tx, revision.id, pkg);
  await writeRevisionSummary(tx, revision.id, { package: pkg });
  const diff = packageDiff(storedPackage(revision.package), pkg);
  await writeAuditLog(tx, {
    actorId: recordedUserId(actor),
    unitId: report.unitId,
    year: report.year,
    reportKind: report.kind,
    action: options.action,
    targetType: "Revision",
    targetId: revision.id,
    before: { version: options.version, ...diff.before } as never,
    after: { version: options.version + 1, ...diff.after } as never,
  });
  const saved = await tx.revision.findUniqueOrThrow({ where: { id: revision.id }, select: { version: true, updatedAt: true } });
  return { ...saved, package: pkg };
}
