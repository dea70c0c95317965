/**
 * Writes a revision's summary row (docs/decisions/004-revision-summaries.md). Call it inside the
 * transaction of EVERY write of a revision — content saved, status changed, published — after the
 * revision row is written, so lists never disagree with the revision. Nothing else writes
 * revision_summaries (the bench's bulk loader uses the same summarizePackage).
 */
import type { TReportKind } from "@/lib/rules/department";
import type { CheckResult } from "../../disclosure/model";
import type { TPackage } from "../../disclosure/package";
import { codeSetFor } from "../codes/load-code-sets";
import type { DbTransaction } from "../prisma-client";
import { storedPackage } from "./load-scoped-report";
import { summarizePackage } from "./revision-summary-row";

export interface WriteRevisionSummaryOptions {
  /** The package just written, to skip reading it back; default: read from the revision. */
  package?: TPackage;
  /**
   * The package's check results when the caller has just run them (checkDraft with last year's
   * published package and the year's code set, in this transaction): not run a second time.
   */
  checks?: readonly CheckResult[];
}

export async function writeRevisionSummary(tx: DbTransaction, revisionId: string, options: WriteRevisionSummaryOptions = {}): Promise<void> {
  const revision = await tx.revision.findUniqueOrThrow({
    where: { id: revisionId },
    select: {
      id: true,
      reportId: true,
      number: true,
      status: true,
      updatedAt: true,
      submittedAt: true,
      submittedById: true,
      publishedAt: true,
      package: options.package ? false : true,
      report: { select: { unitId: true, year: true, kind: true } },
    },
  });
  const { unitId, year, kind } = revision.report;
  const pkg = options.package ?? storedPackage(revision.package);
  const [previous, codes, first] = await Promise.all([
    options.checks ? null : publishedPackageOf(tx, unitId, year - 1, kind),
    codeSetFor(tx, year),
    // A first revision not yet published: the report has no published revision (one query less).
    revision.number === 1 && revision.status !== "PUBLISHED"
      ? { _min: { publishedAt: null } }
      : tx.revision.aggregate({ where: { reportId: revision.reportId, status: "PUBLISHED" }, _min: { publishedAt: true } }),
  ]);
  const summary = summarizePackage(pkg, previous, codes, kind, options.checks);
  const row = {
    reportId: revision.reportId,
    unitId,
    year,
    number: revision.number,
    status: revision.status,
    blockingErrors: summary.blockingErrors,
    warnings: summary.warnings,
    ...summary.figures,
    submittedAt: revision.submittedAt,
    submittedById: revision.submittedById,
    publishedAt: revision.publishedAt,
    firstPublishedAt: first._min.publishedAt,
    revisionUpdatedAt: revision.updatedAt,
    writtenAt: new Date(),
  };
  await tx.revisionSummary.upsert({ where: { revisionId }, create: { revisionId, ...row }, update: row });
  // A publication changes next year's year-on-year figures, so its open revision's checks.
  if (revision.status === "PUBLISHED") await refreshNextYear(tx, unitId, year + 1, kind);
}

async function publishedPackageOf(tx: DbTransaction, unitId: string, year: number, kind: TReportKind): Promise<TPackage | null> {
  const report = await tx.report.findUnique({
    where: { unitId_year_kind: { unitId, year, kind } },
    select: { publishedRevision: { select: { package: true, status: true } } },
  });
  const revision = report?.publishedRevision;
  return revision && revision.status === "PUBLISHED" ? storedPackage(revision.package) : null;
}

async function refreshNextYear(tx: DbTransaction, unitId: string, year: number, kind: TReportKind): Promise<void> {
  const next = await tx.report.findUnique({
    where: { unitId_year_kind: { unitId, year, kind } },
    select: { currentRevision: { select: { id: true, status: true } } },
  });
  if (next?.currentRevision && next.currentRevision.status !== "PUBLISHED") await writeRevisionSummary(tx, next.currentRevision.id);
}

/**
 * After a change of status alone (submit, approve, publish, return): the package, and with it the
 * figures, are what the last full write computed (every content write makes one), so only the
 * status and its stamps are copied from the revision, in one statement (the full write costs four
 * queries and the checks; a publication by the bulk import went through it four times). `counts`:
 * the checks the caller has just run (submit), else the row keeps its own. A revision without a
 * summary row yet gets the full write.
 */
export async function writeRevisionSummaryStatus(tx: DbTransaction, revisionId: string, counts?: { blockingErrors: number; warnings: number }): Promise<void> {
  const rows = await tx.$queryRaw<{ unit_id: string; year: number; status: string; kind: TReportKind }[]>`
    UPDATE revision_summaries s SET status = r.status, submitted_at = r.submitted_at, submitted_by_id = r.submitted_by_id,
      blocking_errors = COALESCE(${counts?.blockingErrors ?? null}::int, s.blocking_errors), warnings = COALESCE(${counts?.warnings ?? null}::int, s.warnings),
      published_at = r.published_at,
      first_published_at = CASE WHEN r.status = 'PUBLISHED' THEN COALESCE(s.first_published_at, r.published_at) ELSE s.first_published_at END,
      revision_updated_at = r.updated_at, written_at = now()
    FROM revisions r WHERE r.id = ${revisionId}::uuid AND s.revision_id = r.id
    RETURNING s.unit_id::text, s.year, s.status::text, (SELECT p.kind::text FROM reports p WHERE p.id = s.report_id) AS kind`;
  if (rows.length === 0) return writeRevisionSummary(tx, revisionId);
  if (rows[0].status === "PUBLISHED") await refreshNextYear(tx, rows[0].unit_id, rows[0].year + 1, rows[0].kind);
}
