import "@/lib/server/server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { TimelinessCounts, YearSummary } from "@/lib/public/types";
import { timelinessSql } from "./publication-status-sql";

export type { YearSummary };

/**
 * Every fiscal year the system knows, newest first, with how many active units published, on time
 * or late: one aggregate query over the published reports' summaries, never a row per unit in Node.
 */
export async function listFiscalYears(options: { now?: Date } = {}): Promise<YearSummary[]> {
  const now = options.now ?? new Date();
  const client = db();
  const timeliness = timelinessSql(Prisma.sql`s.first_published_at`, Prisma.sql`fy.publication_deadline`, now);
  const [years, [{ units }]] = await Promise.all([
    client.$queryRaw<{ year: number; deadline: Date; published: number; on_time: number; unpublished: "pending" | "overdue" }[]>`
      SELECT fy.year, fy.publication_deadline AS deadline,
        count(s.revision_id)::int AS published,
        count(s.revision_id) FILTER (WHERE ${timeliness} = 'onTime')::int AS on_time,
        ${timelinessSql(Prisma.sql`NULL::timestamptz`, Prisma.sql`fy.publication_deadline`, now)} AS unpublished
      FROM fiscal_years fy
      LEFT JOIN reports r ON r.year = fy.year AND r.published_revision_id IS NOT NULL
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
