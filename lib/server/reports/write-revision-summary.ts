/**
 * Writes a revision's summary row (docs/decisions/004-revision-summaries.md). Call it inside the
 * transaction of EVERY write of a revision — content saved, status changed, published — after the
 * revision row is written, so lists never disagree with the revision. Nothing else writes
 * revision_summaries (the bench's bulk loader uses the same summarizePackage).
 */
import type { TPackage } from "../../disclosure/package";
import { codeSetForYear } from "../../disclosure/codes";
import { loadCodeSetsFrom } from "../codes/load-code-sets";
import type { DbTransaction } from "../prisma-client";
import { storedPackage } from "./load-scoped-report";
import { summarizePackage } from "./revision-summary-row";

export interface WriteRevisionSummaryOptions {
  /** The package just written, to skip reading it back; default: read from the revision. */
  package?: TPackage;
}

export async function writeRevisionSummary(tx: DbTransaction, revisionId: string, options: WriteRevisionSummaryOptions = {}): Promise<void> {
  const revision = await tx.revision.findUniqueOrThrow({
    where: { id: revisionId },
    select: {
      id: true, reportId: true, number: true, status: true, updatedAt: true, submittedAt: true, submittedById: true, publishedAt: true,
      package: options.package ? false : true,
      report: { select: { unitId: true, year: true } },
    },
  });
  const { unitId, year } = revision.report;
  const pkg = options.package ?? storedPackage(revision.package);
  const [previous, codeSets, first] = await Promise.all([
    publishedPackageOf(tx, unitId, year - 1),
    loadCodeSetsFrom(tx),
    tx.revision.aggregate({ where: { reportId: revision.reportId, status: "PUBLISHED" }, _min: { publishedAt: true } }),
  ]);
  const summary = summarizePackage(pkg, previous, codeSetForYear(year, codeSets));
  const row = {
    reportId: revision.reportId, unitId, year, number: revision.number, status: revision.status,
    blockingErrors: summary.blockingErrors, warnings: summary.warnings, ...summary.figures,
    submittedAt: revision.submittedAt, submittedById: revision.submittedById, publishedAt: revision.publishedAt,
    firstPublishedAt: first._min.publishedAt, revisionUpdatedAt: revision.updatedAt, writtenAt: new Date(),
  };
  await tx.revisionSummary.upsert({ where: { revisionId }, create: { revisionId, ...row }, update: row });
  // A publication changes next year's year-on-year figures, so its open revision's checks.
  if (revision.status === "PUBLISHED") await refreshNextYear(tx, unitId, year + 1);
}

async function publishedPackageOf(tx: DbTransaction, unitId: string, year: number): Promise<TPackage | null> {
  const report = await tx.report.findUnique({
    where: { unitId_year: { unitId, year } },
    select: { publishedRevision: { select: { package: true, status: true } } },
  });
  const revision = report?.publishedRevision;
  return revision && revision.status === "PUBLISHED" ? storedPackage(revision.package) : null;
}

async function refreshNextYear(tx: DbTransaction, unitId: string, year: number): Promise<void> {
  const next = await tx.report.findUnique({ where: { unitId_year: { unitId, year } }, select: { currentRevision: { select: { id: true, status: true } } } });
  if (next?.currentRevision && next.currentRevision.status !== "PUBLISHED") await writeRevisionSummary(tx, next.currentRevision.id);
}
