import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { decidableReportWhere } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
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
 * submission first, one page at a time. The checks' counts come from the revision summary
 * (written with the revision, with last year's published figures, and refreshed when last year is
 * published: docs/decisions/004), so no package is read here.
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
        currentRevision: {
          select: {
            number: true,
            submittedAt: true,
            submittedBy: { select: { displayName: true } },
            summary: { select: { blockingErrors: true, warnings: true } },
          },
        },
      },
    }),
  ]);
  const today = (options.now ?? new Date()).getTime();
  const rows = reports.map((r): ReviewQueueRow => {
    const revision = r.currentRevision!;
    return {
      kind: r.kind,
      unitCode: r.unit.code,
      unitName: r.unit.name,
      year: r.year,
      status: r.status as TReportStatus,
      revisionNumber: revision.number,
      submittedAt: revision.submittedAt,
      submittedBy: revision.submittedBy?.displayName ?? null,
      blockingErrors: revision.summary?.blockingErrors ?? 0,
      warnings: revision.summary?.warnings ?? 0,
      // The deadline is a date (inclusive): 0 on that day, negative after it.
      daysLeft: Math.floor((r.fiscalYear.publicationDeadline.getTime() - today) / DAY_MS) + 1,
    };
  });
  return { rows, total, page: filter.page, pageSize: QUEUE_PAGE_SIZE };
}
