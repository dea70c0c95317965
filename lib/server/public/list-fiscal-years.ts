import "@/lib/server/server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { TimelinessCounts, YearSummary } from "@/lib/public/types";
import { chinaDate } from "@/lib/public/timeliness";
import { timelinessSql } from "./publication-status-sql";
import { stateMemo } from "./state-memo";

export type { YearSummary };

/**
 * What the year counts and the 公开情况 board depend on, in one query of index lookups (~1 ms):
 * the newest publication and the number of published reports, the units (newest change and how
 * many: created, deleted, deactivated), the fiscal years and their deadlines, and today's date in
 * China (pending becomes overdue). A publication or correction always moves the first two.
 */
export async function publicationStateKey(now: Date): Promise<string> {
  const [{ key }] = await db().$queryRaw<{ key: string }[]>`
    SELECT concat_ws('/',
      (SELECT max(latest_published_at) FROM reports),
      (SELECT count(*) FROM reports WHERE published_revision_id IS NOT NULL),
      (SELECT max(updated_at) FROM units),
      (SELECT count(*) FROM units),
      (SELECT string_agg(year || ':' || publication_deadline || ':' || updated_at, ',' ORDER BY year) FROM fiscal_years)) AS key`;
  return `${chinaDate(now)}/${key}`;
}

/**
 * Every fiscal year the system knows, newest first, with how many active units published, on time
 * or late: one aggregate query over the published reports' summaries, never a row per unit in Node.
 * That aggregate reads every year's reports (50,000 at provincial scale), so a worker keeps its
 * result until the state it was computed from changes (publicationStateKey).
 */
export async function listFiscalYears(options: { now?: Date } = {}): Promise<YearSummary[]> {
  const now = options.now ?? new Date();
  return countsMemo(await publicationStateKey(now), now);
}

/** The fiscal years (newest first) and whether each has any published report: the year choices of /compare, without the counts. */
export async function listFiscalYearChoices(): Promise<{ year: number; deadline: Date; hasPublished: boolean }[]> {
  return db().$queryRaw`
    SELECT fy.year, fy.publication_deadline AS deadline,
      EXISTS (SELECT 1 FROM reports r WHERE r.year = fy.year AND r.published_revision_id IS NOT NULL AND r.kind = 'UNIT') AS "hasPublished"
    FROM fiscal_years fy ORDER BY fy.year DESC`;
}

const countsMemo = stateMemo(countFiscalYears);

async function countFiscalYears(now: Date): Promise<YearSummary[]> {
  const client = db();
  const timeliness = timelinessSql(Prisma.sql`s.first_published_at`, Prisma.sql`fy.publication_deadline`, now);
  const [years, [{ units }]] = await Promise.all([
    client.$queryRaw<{ year: number; deadline: Date; published: number; on_time: number; unpublished: "pending" | "overdue" }[]>`
      SELECT fy.year, fy.publication_deadline AS deadline,
        count(s.revision_id)::int AS published,
        count(s.revision_id) FILTER (WHERE ${timeliness} = 'onTime')::int AS on_time,
        ${timelinessSql(Prisma.sql`NULL::timestamptz`, Prisma.sql`fy.publication_deadline`, now)} AS unpublished
      FROM fiscal_years fy
      LEFT JOIN reports r ON r.year = fy.year AND r.published_revision_id IS NOT NULL AND r.kind = 'UNIT'
      LEFT JOIN units u ON u.id = r.unit_id AND u.active
      LEFT JOIN revision_summaries s ON s.revision_id = r.published_revision_id AND s.status = 'PUBLISHED' AND u.id IS NOT NULL
      GROUP BY fy.year ORDER BY fy.year DESC`,
    client.$queryRaw<{ units: number }[]>`SELECT count(*)::int AS units FROM units WHERE active`,
  ]);
  return years.map((y) => {
    const counts: TimelinessCounts = { onTime: y.on_time, late: y.published - y.on_time, pending: 0, overdue: 0, total: units, published: y.published };
    counts[y.unpublished] = units - y.published;
    return { year: y.year, deadline: y.deadline, counts };
  });
}
