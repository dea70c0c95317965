import "@/lib/server/server-only";
import { db } from "@/lib/server/db";

export interface OpenDataState {
  year: number;
  /** Published reports of the year (active units). */
  reports: number;
  /** The tag of this publication state: it changes with every publication, correction or unit change. */
  etag: string;
}

/**
 * What the year's open data is built from, in one small query: the count and the newest
 * publication of its published reports, and the newest change of their units (the CSV and the
 * zip carry each unit's name and region, so a rename or a move must change the tag; Prisma sets
 * units.updated_at on every write of a unit). Null when the system has no such fiscal year.
 */
export async function getOpenDataState(options: { year: number }): Promise<OpenDataState | null> {
  const [row] = await db().$queryRaw<{ known: boolean; reports: number; latest: Date | null; revisions: string; units: Date | null }[]>`
    SELECT EXISTS (SELECT 1 FROM fiscal_years WHERE year = ${options.year}) AS known,
           count(*)::int AS reports,
           max(r.latest_published_at) AS latest,
           coalesce(sum(v.number), 0)::text AS revisions,
           max(u.updated_at) AS units
    FROM reports r
    JOIN revisions v ON v.id = r.published_revision_id AND v.status = 'PUBLISHED' AND v.published_at IS NOT NULL
    JOIN units u ON u.id = r.unit_id AND u.active
    WHERE r.year = ${options.year} AND r.kind = 'UNIT'`;
  if (!row.known) return null;
  const etag = `"od-${options.year}-${row.reports}-${row.revisions}-${row.latest?.getTime() ?? 0}-${row.units?.getTime() ?? 0}"`;
  return { year: options.year, reports: row.reports, etag };
}
