import "@/lib/server/server-only";
import { db } from "@/lib/server/db";

export interface UnitFacets {
  regions: { value: string; count: number }[];
  categories: { value: string; count: number }[];
}

/** The regions and categories of active units with how many each has: the /units filters. Aggregated in SQL. */
export async function listUnitFacets(): Promise<UnitFacets> {
  const client = db();
  const [regions, categories] = await Promise.all([
    client.$queryRaw<{ value: string; count: number }[]>`SELECT region AS value, count(*)::int AS count FROM units WHERE active GROUP BY region ORDER BY region`,
    client.$queryRaw<{ value: string; count: number }[]>`SELECT category AS value, count(*)::int AS count FROM units WHERE active GROUP BY category ORDER BY category`,
  ]);
  return { regions, categories };
}
