import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { decidableReportWhere } from "@/lib/server/auth/scope";
import { codeSetForYear } from "@/lib/disclosure/codes";
import { loadCodeSetsFrom } from "@/lib/server/codes/load-code-sets";
import { db } from "@/lib/server/db";
import { storedPackage } from "@/lib/server/reports/load-scoped-report";
import { checkDraft } from "@/lib/workspace/draft-checks";
import type { TQueueFilter } from "@/lib/workspace/review-schemas";
import type { TReportStatus } from "@/lib/workspace/report-status";
import type { Paged, ReviewQueueRow } from "@/lib/workspace/view-models";

export const QUEUE_PAGE_SIZE = 20;
const DAY_MS = 86_400_000;

export interface ListReviewQueueOptions {
  actor: Actor;
  filter: TQueueFilter;
  now?: Date;
}

/**
 * The reviewer's queue: reports the reviewer decides (lib/rules/department.ts: a unit report in
 * scope, a department report below the reviewer's scope, not the department's own) waiting for a
 * decision (submitted, or approved and not yet published; or the status filtered on), oldest
 * submission first, one page at a time. Only the page's packages are read (for their checks),
 * never the whole scope's.
 */
export async function listReviewQueue(options: ListReviewQueueOptions): Promise<Paged<ReviewQueueRow>> {
  const { filter } = options;
  const client = db();
  const where = {
    // Only what the reviewer decides: a department report is for the reviewer above it (decidingReach).
    ...decidableReportWhere(options.actor),
    status: filter.status ? filter.status : { in: ["SUBMITTED", "APPROVED"] as TReportStatus[] },
    ...(filter.year ? { year: filter.year } : {}),
  };
  const [total, reports] = await Promise.all([
    client.report.count({ where }),
    client.report.findMany({
      where,
      orderBy: [{ currentRevision: { submittedAt: "asc" } }, { year: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        year: true,
        status: true,
        unitId: true,
        kind: true,
        unit: { select: { code: true, name: true } },
        fiscalYear: { select: { publicationDeadline: true } },
        currentRevision: { select: { number: true, package: true, submittedAt: true, submittedBy: { select: { displayName: true } } } },
      },
    }),
  ]);
  // Last year's published packages of this page's units only (the year-on-year checks need them).
  const previous =
    reports.length === 0
      ? []
      : await client.report.findMany({
          where: { OR: reports.map((r) => ({ unitId: r.unitId, year: r.year - 1, kind: r.kind })), publishedRevisionId: { not: null } },
          select: { unitId: true, year: true, kind: true, publishedRevision: { select: { package: true } } },
        });
  const previousOf = new Map(previous.map((p) => [`${p.unitId}/${p.year + 1}/${p.kind}`, p.publishedRevision?.package]));
  const codeSets = await loadCodeSetsFrom(client);
  const today = (options.now ?? new Date()).getTime();
  const rows = reports.map((r): ReviewQueueRow => {
    const revision = r.currentRevision!;
    const prior = previousOf.get(`${r.unitId}/${r.year}/${r.kind}`);
    const checks = checkDraft(storedPackage(revision.package), prior ? storedPackage(prior) : null, codeSetForYear(r.year, codeSets), r.kind);
    return {
      kind: r.kind,
      unitCode: r.unit.code,
      unitName: r.unit.name,
      year: r.year,
      status: r.status as TReportStatus,
      revisionNumber: revision.number,
      submittedAt: revision.submittedAt,
      submittedBy: revision.submittedBy?.displayName ?? null,
      blockingErrors: checks.filter((c) => c.severity === "error").length,
      warnings: checks.filter((c) => c.severity !== "error").length,
      // The deadline is a date (inclusive): 0 on that day, negative after it.
      daysLeft: Math.floor((r.fiscalYear.publicationDeadline.getTime() - today) / DAY_MS) + 1,
    };
  });
  return { rows, total, page: filter.page, pageSize: QUEUE_PAGE_SIZE };
}
