import "@/lib/server/server-only";
import type { TPackage } from "@/lib/disclosure/package";
import { serializePackage } from "@/lib/disclosure/serialize";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { codeSetFor } from "@/lib/server/codes/load-code-sets";
import { db, type DbTransaction } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { previousPublishedPackage, storedPackage } from "@/lib/server/reports/load-scoped-report";
import { saveRevisionRows } from "@/lib/server/reports/save-revision-rows";
import { writeRevisionSummary } from "@/lib/server/reports/write-revision-summary";
import { writeUnit } from "@/lib/server/units/write-unit";
import { checkDraft } from "@/lib/workspace/draft-checks";

export interface ImportDisclosurePackageOptions {
  /** The file's name as given on the command line (shown in the summary and the audit log). */
  file: string;
  package: TPackage;
  /** Roll everything back at the end: the same checks, nothing written. */
  dryRun: boolean;
}

export type ImportOutcome =
  | { status: "created" | "updated" | "unchanged"; unitCode: string; year: number; unitCreated: boolean; revisionId: string | null }
  | { status: "refused"; unitCode: string; year: number; reason: string };

/** Thrown at the end of a dry run to roll its transaction back; carries what would have happened. */
class DryRunRollback extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super("dry run");
  }
}

class Refusal extends Error {}

const AUDIT_SOURCE = { source: "import" } as const;

/**
 * One package of the bulk import, all or nothing in one transaction: the fiscal year and the unit
 * are created when missing (the unit from the package's `unit` block), the package must pass the
 * checks (with last year's published figures when the unit has them), and then it becomes the
 * report's draft — unless it equals what is stored (skipped) or the report is under review or
 * published (refused; a published report changes only through a correction). Every write is
 * audited with the system as actor and `source: "import"`.
 */
export async function importDisclosurePackage(options: ImportDisclosurePackageOptions): Promise<ImportOutcome> {
  const pkg = options.package;
  const key = { unitCode: pkg.unit.code, year: pkg.year };
  try {
    return await db().$transaction(
      async (tx) => {
        const outcome = await importInTransaction(tx, options);
        if (options.dryRun) throw new DryRunRollback(outcome);
        return outcome;
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome;
    if (error instanceof Refusal) return { status: "refused", ...key, reason: error.message };
    if (isAppError(error)) return { status: "refused", ...key, reason: error.message };
    throw error;
  }
}

async function importInTransaction(tx: DbTransaction, options: ImportDisclosurePackageOptions): Promise<ImportOutcome> {
  const pkg = options.package;
  const year = pkg.year;
  if (!(await tx.fiscalYear.findUnique({ where: { year } }))) {
    const publicationDeadline = `${year + 1}-09-30`;
    await tx.fiscalYear.create({ data: { year, publicationDeadline: new Date(`${publicationDeadline}T00:00:00Z`) } });
    await writeAuditLog(tx, { actorId: null, action: "fiscalYear.create", targetType: "FiscalYear", targetId: String(year), after: { year, publicationDeadline, entryOpen: true, ...AUDIT_SOURCE, file: options.file } });
  }

  let unit = await tx.unit.findUnique({ where: { code: pkg.unit.code }, select: { id: true, code: true } });
  let unitCreated = false;
  if (!unit) {
    const { code, name, shortName, region, category, parentCode } = pkg.unit;
    const written = await writeUnit(tx, { actorId: null, fields: { code, name, shortName, region, category, parentCode: parentCode || null }, source: "import" });
    unit = { id: written.id, code };
    unitCreated = true;
  }

  const previous = await previousPublishedPackage(tx, unit.id, year);
  const errors = checkDraft(pkg, previous, await codeSetFor(tx, year)).filter((c) => c.severity === "error");
  if (errors.length > 0) {
    const shown = errors.slice(0, 3).map((c) => c.message).join("；");
    throw new Refusal(`审核发现 ${errors.length} 个错误：${shown}${errors.length > 3 ? "……" : ""}`);
  }

  const report = await tx.report.findUnique({
    where: { unitId_year: { unitId: unit.id, year } },
    select: { id: true, status: true, currentRevision: { select: { id: true, package: true, status: true, version: true } } },
  });
  const base = { unitCode: unit.code, year, unitCreated };
  if (!report?.currentRevision) {
    const created = await tx.report.create({ data: { unitId: unit.id, year, status: "DRAFT" } });
    const revision = await tx.revision.create({ data: { reportId: created.id, number: 1, package: pkg, status: "DRAFT" } });
    await tx.report.update({ where: { id: created.id }, data: { currentRevisionId: revision.id } });
    await saveRevisionRows(tx, revision.id, pkg);
    await writeRevisionSummary(tx, revision.id, { package: pkg });
    await writeAuditLog(tx, {
      actorId: null, action: "report.create", targetType: "Report", targetId: created.id,
      after: { unitCode: unit.code, year, revisionId: revision.id, ...AUDIT_SOURCE, file: options.file },
    });
    return { status: "created", ...base, revisionId: revision.id };
  }

  const current = report.currentRevision;
  if (serializePackage(storedPackage(current.package)) === serializePackage(pkg)) {
    return { status: "unchanged", ...base, revisionId: current.id };
  }
  if (current.status === "SUBMITTED" || current.status === "APPROVED") {
    throw new Refusal(`${year}年度报告正在审核中，不能用导入的数据覆盖`);
  }
  if (current.status === "PUBLISHED") {
    throw new Refusal(`${year}年度报告已公开且内容不同；已公开的报告只能通过更正修改`);
  }
  const updated = await tx.revision.updateMany({
    where: { id: current.id, version: current.version, status: current.status },
    data: { package: pkg, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new Refusal("报告刚被他人修改，请重新导入");
  await saveRevisionRows(tx, current.id, pkg);
  await writeRevisionSummary(tx, current.id, { package: pkg });
  await writeAuditLog(tx, {
    actorId: null, action: "revision.import", targetType: "Revision", targetId: current.id,
    before: { version: current.version }, after: { version: current.version + 1, ...AUDIT_SOURCE, file: options.file },
  });
  return { status: "updated", ...base, revisionId: current.id };
}
