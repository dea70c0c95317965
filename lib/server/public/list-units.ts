import "@/lib/server/server-only";
import { db } from "@/lib/server/db";
import { toPublicUnit } from "./to-public-unit";
import type { UnitWithYears } from "@/lib/public/types";
import { PUBLIC_UNIT_SELECT, PUBLISHED_ONLY } from "./unit-select";

/**
 * Active units, optionally filtered by a search text (name, short name or code, case-insensitive),
 * each with the years it has published. `limit` bounds the list for search-as-you-type.
 */
export async function listUnits(query = "", limit?: number): Promise<UnitWithYears[]> {
  const q = query.trim().slice(0, 50);
  const where = q
    ? {
        active: true,
        OR: [
          { name: { contains: q, mode: "insensitive" as const } },
          { shortName: { contains: q, mode: "insensitive" as const } },
          { code: { contains: q, mode: "insensitive" as const } },
        ],
      }
    : { active: true };
  const units = await db().unit.findMany({
    where,
    orderBy: { code: "asc" },
    take: limit,
    select: {
      ...PUBLIC_UNIT_SELECT,
      reports: {
        where: { publishedRevisionId: { not: null } },
        orderBy: { year: "desc" },
        select: {
          year: true,
          latestPublishedAt: true,
          publishedRevision: { select: { number: true } },
          revisions: { where: PUBLISHED_ONLY, orderBy: { number: "asc" }, take: 1, select: { publishedAt: true } },
        },
      },
    },
  });
  return units.map((u) => ({
    ...toPublicUnit(u),
    publishedYears: u.reports
      .filter((r) => r.publishedRevision && r.revisions[0]?.publishedAt)
      .map((r) => ({
        year: r.year,
        revisionNumber: r.publishedRevision!.number,
        firstPublishedAt: r.revisions[0].publishedAt!,
        latestPublishedAt: r.latestPublishedAt ?? r.revisions[0].publishedAt!,
      })),
  }));
}
