import "@/lib/server/server-only";
import { parsePackage, type TPackage } from "@/lib/disclosure/package";
import { db } from "@/lib/server/db";
import { PUBLISHED_ONLY } from "./unit-select";

/**
 * The package of a unit's newest published revision for a year, or null when that year was never
 * published. Used for last year's figures (the `previous` of renderReport).
 */
export async function loadPublishedPackage(options: { unitId: string; year: number; kind?: "UNIT" | "DEPARTMENT" }): Promise<TPackage | null> {
  const { unitId, year, kind = "UNIT" } = options;
  const report = await db().report.findUnique({
    where: { unitId_year_kind: { unitId, year, kind } },
    select: { publishedRevision: { select: { package: true, status: true } } },
  });
  const revision = report?.publishedRevision;
  if (!revision || revision.status !== PUBLISHED_ONLY.status) return null;
  const parsed = parsePackage(revision.package);
  if (!parsed.ok) throw new Error(`已公开的${year}年度数据包无法读取`);
  return parsed.package;
}
