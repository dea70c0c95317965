import "@/lib/server/server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { chinaDate, type Timeliness } from "@/lib/public/timeliness";

/**
 * lib/public/timeliness.ts's rule in SQL, so that counts and the board's order are computed by the
 * database over a province instead of row by row in Node: on time when the first publication's
 * date in China Standard Time is on or before the deadline (inclusive); unpublished rows are
 * pending until the deadline passes (judged on `now`'s date in China), overdue after.
 * tests/integration/scale-lists.test.ts checks it agrees with timeliness() row by row.
 * `first` is the first-publication column, `deadline` the DATE column.
 */
export function timelinessSql(first: Prisma.Sql, deadline: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`CASE
    WHEN ${first} IS NOT NULL THEN CASE WHEN (${first} AT TIME ZONE 'Asia/Shanghai')::date <= ${deadline} THEN 'onTime' ELSE 'late' END
    WHEN ${chinaDate(now)}::date <= ${deadline} THEN 'pending' ELSE 'overdue' END`;
}

/** The board's order: what needs attention first. */
export const TIMELINESS_ORDER: Timeliness[] = ["overdue", "pending", "late", "onTime"];

export function timelinessRankSql(timeliness: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`array_position(ARRAY['overdue', 'pending', 'late', 'onTime']::text[], ${timeliness})`;
}

/**
 * Every active unit (`u`) with its report of `year` if published (`r`) and that revision's
 * summary (`s`): the rows of the 公开情况 board. A draft joins nothing, exactly like no report.
 * `s.year` repeats the report's year so the planner reads one year's summaries (index
 * revision_summaries (year, status)), not every year's.
 */
export function statusFromSql(year: number): Prisma.Sql {
  return Prisma.sql`units u
    LEFT JOIN reports r ON r.unit_id = u.id AND r.year = ${year} AND r.published_revision_id IS NOT NULL AND r.kind = 'UNIT'
    LEFT JOIN revision_summaries s ON s.revision_id = r.published_revision_id AND s.status = 'PUBLISHED' AND s.year = ${year}`;
}
