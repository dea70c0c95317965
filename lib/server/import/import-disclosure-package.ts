import "@/lib/server/server-only";
import type { TPackage } from "@/lib/disclosure/package";
import { serializePackage } from "@/lib/disclosure/serialize";
import type { GlossaryEntry } from "@/lib/public/glossary";
import { SYSTEM_ACTOR } from "@/lib/rules/actor";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { codeSetFor } from "@/lib/server/codes/load-code-sets";
import { db, type DbTransaction } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { revalidatePublishedReport } from "@/lib/server/public/revalidate";
import { previousPublishedPackage, storedPackage } from "@/lib/server/reports/load-scoped-report";
import { saveRevisionRows } from "@/lib/server/reports/save-revision-rows";
import { transitionReport } from "@/lib/server/reports/transition-report";
import { writeRevisionSummary } from "@/lib/server/reports/write-revision-summary";
import { writeUnit } from "@/lib/server/units/write-unit";
import { checkDraft } from "@/lib/workspace/draft-checks";

export interface ImportDisclosurePackageOptions {
  /** The file's name as given on the command line (shown in the summary and the audit log). */
  file: string;
  package: TPackage;
  /** Roll everything back at the end: the same checks, nothing written. */
  dryRun: boolean;
  /** Publish the report afterwards, through transitionReport as the system (submit, approve, publish). */
  publish?: boolean;
  /**
   * Years this run has seen committed (the caller's set, filled here after each commit): their
   * fiscal_years row exists, so it is not written again.
   */
  knownYears?: Set<number>;
  /** The admin's 名词解释 for a new report's revision (read once per run); none: the standard text. */
  glossary?: readonly GlossaryEntry[] | null;
}

export type ImportOutcome =
  | {
      /** corrected: the report was published and differed, so it got revision n+1 with a change note. */
      status: "created" | "updated" | "corrected" | "unchanged";
      unitCode: string;
      year: number;
      unitCreated: boolean;
      revisionId: string | null;
      /** Published by this import (with --publish). */
      published: boolean;
    }
  | { status: "refused"; unitCode: string; year: number; reason: string };

/** Thrown at the end of a dry run to roll its transaction back; carries what would have happened. */
class DryRunRollback extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super("dry run");
  }
}

class Refusal extends Error {}

const SOURCE = "import";
const AUDIT_SOURCE = { source: SOURCE } as const;

/** The 更正说明 of a correction made by the import (shown on the public page with revision n+1). */
export function importChangeNote(file: string): string {
  return `批量导入更正：${file.split(/[\\/]/).pop()}`;
}

/**
 * One package of the bulk import, all or nothing in one transaction: the fiscal year and the unit
 * are created when missing (the unit from the package's `unit` block); a package equal to the
 * report's current revision is skipped before anything else is done; otherwise it must pass the
 * checks (with last year's published figures when the unit has them) and becomes the report's
 * draft, or — when the report is published — a correction (revision n+1 with a change note)
 * holding it. A report under review is refused. With `publish`, the report is then submitted,
 * approved and published through transitionReport as SYSTEM_ACTOR with source "import", and its
 * public pages expire once the transaction has committed. Every write is audited with the system
 * as actor and `source: "import"`; report entries carry the unit and year.
 */
export async function importDisclosurePackage(options: ImportDisclosurePackageOptions): Promise<ImportOutcome> {
  const pkg = options.package;
  const key = { unitCode: pkg.unit.code, year: pkg.year };
  let outcome: ImportOutcome;
  try {
    outcome = await db().$transaction(
      async (tx) => {
        const result = await importInTransaction(tx, options);
        if (options.dryRun) throw new DryRunRollback(result);
        return result;
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome;
    if (error instanceof Refusal) return { status: "refused", ...key, reason: error.message };
    if (isAppError(error)) return { status: "refused", ...key, reason: error.message };
    throw error;
  }
  if (outcome.status !== "refused") options.knownYears?.add(outcome.year);
  if (outcome.status !== "refused" && outcome.published) await revalidatePublishedReport({ unitCode: outcome.unitCode, year: outcome.year });
  return outcome;
}

async function importInTransaction(tx: DbTransaction, options: ImportDisclosurePackageOptions): Promise<ImportOutcome> {
  const pkg = options.package;
  const year = pkg.year;
  const publicationDeadline = `${year + 1}-09-30`;
  // ON CONFLICT DO NOTHING: packages of the same new year are imported side by side.
  const opened = options.knownYears?.has(year)
    ? { count: 0 }
    : await tx.fiscalYear.createMany({ data: [{ year, publicationDeadline: new Date(`${publicationDeadline}T00:00:00Z`) }], skipDuplicates: true });
  if (opened.count > 0) {
    await writeAuditLog(tx, {
      actorId: null,
      action: "fiscalYear.create",
      targetType: "FiscalYear",
      targetId: String(year),
      year,
      after: { year, publicationDeadline, entryOpen: true, ...AUDIT_SOURCE, file: options.file },
    });
  }

  let unit = await tx.unit.findUnique({ where: { code: pkg.unit.code }, select: { id: true, code: true } });
  let unitCreated = false;
  if (!unit) {
    const { code, name, shortName, region, category, parentCode } = pkg.unit;
    const written = await writeUnit(tx, {
      actorId: null,
      fields: { code, name, shortName, region, category, parentCode: parentCode || null },
      source: SOURCE,
      knownMissing: true,
    });
    unit = { id: written.id, code };
    unitCreated = true;
  }
  const base = { unitCode: unit.code, year, unitCreated };

  // A unit created just now has no reports (nor a published previous year): two reads fewer.
  const report = unitCreated
    ? null
    : await tx.report.findUnique({
        where: { unitId_year_kind: { unitId: unit.id, year, kind: "UNIT" } },
        select: { id: true, currentRevision: { select: { id: true, package: true, status: true, version: true } } },
      });
  const current = report?.currentRevision ?? null;

  // Compare first: an unchanged package costs this one read, no checks.
  if (current && serializePackage(storedPackage(current.package)) === serializePackage(pkg)) {
    if (!options.publish || current.status === "PUBLISHED") return { status: "unchanged", ...base, revisionId: current.id, published: false };
    // The same content, not yet published: --publish carries it on from where it stands.
    const published = await publishReport(tx, report!.id, current.status, current.version);
    return { status: "unchanged", ...base, revisionId: current.id, published };
  }
  if (current && (current.status === "SUBMITTED" || current.status === "APPROVED")) {
    throw new Refusal(`${year}年度报告正在审核中，不能用导入的数据覆盖`);
  }

  const previous = unitCreated ? null : await previousPublishedPackage(tx, unit.id, year);
  const checks = checkDraft(pkg, previous, await codeSetFor(tx, year), "UNIT");
  const errors = checks.filter((c) => c.severity === "error");
  if (errors.length > 0) {
    const shown = errors
      .slice(0, 3)
      .map((c) => c.message)
      .join("；");
    throw new Refusal(`审核发现 ${errors.length} 个错误：${shown}${errors.length > 3 ? "……" : ""}`);
  }

  if (!report || !current) {
    const created = report ?? (await tx.report.create({ data: { unitId: unit.id, year, status: "DRAFT" }, select: { id: true } }));
    const revision = await tx.revision.create({
      data: {
        reportId: created.id,
        number: 1,
        package: pkg,
        status: "DRAFT",
        glossary: options.glossary?.map(({ term, definition }) => ({ term, definition })),
      },
    });
    await tx.report.update({ where: { id: created.id }, data: { currentRevisionId: revision.id } });
    await saveRevisionRows(tx, revision.id, pkg, { fresh: true });
    await writeRevisionSummary(tx, revision.id, { package: pkg, checks });
    await writeAuditLog(tx, {
      actorId: null,
      action: "report.create",
      targetType: "Report",
      targetId: created.id,
      unitId: unit.id,
      year,
      reportKind: "UNIT",
      after: { unitCode: unit.code, year, revisionId: revision.id, ...AUDIT_SOURCE, file: options.file },
    });
    const published = options.publish ? await publishReport(tx, created.id, "DRAFT", revision.version) : false;
    return { status: "created", ...base, revisionId: revision.id, published };
  }

  let status: "updated" | "corrected" = "updated";
  let draft = { id: current.id, version: current.version };
  if (current.status === "PUBLISHED") {
    // A published revision is frozen: the changed package becomes revision n+1, through the same
    // correction a clerk starts, with a change note naming the file.
    const correction = await transitionReport({
      transition: "correct",
      changeNote: importChangeNote(options.file),
      actor: SYSTEM_ACTOR,
      reportId: report.id,
      version: current.version,
      source: SOURCE,
      tx,
    });
    draft = { id: correction.revisionId, version: correction.version };
    status = "corrected";
  }
  const updated = await tx.revision.updateMany({
    where: { id: draft.id, version: draft.version, status: { in: ["DRAFT", "RETURNED"] } },
    data: { package: pkg, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new Refusal("报告刚被他人修改，请重新导入");
  await saveRevisionRows(tx, draft.id, pkg);
  await writeRevisionSummary(tx, draft.id, { package: pkg, checks });
  await writeAuditLog(tx, {
    actorId: null,
    action: "revision.import",
    targetType: "Revision",
    targetId: draft.id,
    unitId: unit.id,
    year,
    reportKind: "UNIT",
    before: { version: draft.version },
    after: { version: draft.version + 1, ...AUDIT_SOURCE, file: options.file },
  });
  const draftStatus = current.status === "PUBLISHED" ? "DRAFT" : current.status;
  const published = options.publish ? await publishReport(tx, report.id, draftStatus, draft.version + 1) : false;
  return { status, ...base, revisionId: draft.id, published };
}

/**
 * Takes the report from `status` to published through the one transition function, as the system
 * with source "import": submit (which runs the checks as for a clerk), approve, publish. Returns
 * true; the caller expires the pages after its commit.
 */
async function publishReport(tx: DbTransaction, reportId: string, status: string, version: number): Promise<boolean> {
  const steps = (["DRAFT", "RETURNED"].includes(status) ? ["submit", "approve", "publish"] : status === "SUBMITTED" ? ["approve", "publish"] : ["publish"]) as (
    "submit" | "approve" | "publish"
  )[];
  for (const transition of steps) {
    const request = transition === "publish" ? { transition, secrecyReviewed: true as const, headApproved: true as const } : { transition };
    ({ version } = await transitionReport({ ...request, actor: SYSTEM_ACTOR, reportId, version, source: SOURCE, tx }));
  }
  return true;
}
