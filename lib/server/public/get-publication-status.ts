import "@/lib/server/server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { timeliness, type Timeliness } from "@/lib/public/timeliness";
import { toPublicUnit } from "./to-public-unit";
import type { PublicationStatus, StatusRow } from "@/lib/public/types";
import { PUBLIC_UNIT_SELECT, PUBLISHED_ONLY } from "./unit-select";

const ORDER: Timeliness[] = ["overdue", "pending", "late", "onTime"];

/**
 * 公开情况 of a fiscal year: every active unit, when it first published (on time or late against
 * the year's publicationDeadline) or that it has not. Null for a year the system does not know.
 * A draft shows exactly like no report at all: 未公开.
 */
export const getPublicationStatus = cache(async (year: number, now: Date = new Date()): Promise<PublicationStatus | null> => {
  if (!Number.isInteger(year)) return null;
  const fiscalYear = await db().fiscalYear.findUnique({ where: { year }, select: { publicationDeadline: true } });
  if (!fiscalYear) return null;
  const units = await db().unit.findMany({
    where: { active: true },
    orderBy: { code: "asc" },
    select: {
      ...PUBLIC_UNIT_SELECT,
      reports: {
        where: { year, publishedRevisionId: { not: null } },
        select: {
          latestPublishedAt: true,
          publishedRevision: { select: { number: true } },
          revisions: { where: PUBLISHED_ONLY, orderBy: { number: "asc" }, take: 1, select: { publishedAt: true } },
        },
      },
    },
  });
  const deadline = fiscalYear.publicationDeadline;
  const rows: StatusRow[] = units.map((u) => {
    const report = u.reports[0];
    const first = report?.revisions[0]?.publishedAt ?? null;
    return {
      unit: toPublicUnit(u),
      firstPublishedAt: first,
      latestPublishedAt: first ? (report.latestPublishedAt ?? first) : null,
      revisionNumber: first ? (report.publishedRevision?.number ?? null) : null,
      timeliness: timeliness(first, deadline, now),
    };
  });
  rows.sort((a, b) => ORDER.indexOf(a.timeliness) - ORDER.indexOf(b.timeliness) || a.unit.code.localeCompare(b.unit.code));
  const counts = { onTime: 0, late: 0, pending: 0, overdue: 0, total: rows.length, published: 0 };
  for (const r of rows) {
    counts[r.timeliness]++;
    if (r.firstPublishedAt) counts.published++;
  }
  return { year, deadline, rows, counts };
});
