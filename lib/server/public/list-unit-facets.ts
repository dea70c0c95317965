import "@/lib/server/server-only";
import { db } from "@/lib/server/db";
import { stateMemo } from "./state-memo";

export interface UnitFacets {
  regions: { value: string; count: number }[];
  categories: { value: string; count: number }[];
  /** Letters of the pinyin index that have active units (units whose keys are not yet written have none). */
  letters: { value: string; count: number }[];
}

/**
 * The regions, categories and name letters of active units with how many each has: the /units
 * filters. Aggregated in SQL over every unit, so a worker keeps them until the units change (their
 * newest update and their number: two index lookups).
 */
export async function listUnitFacets(): Promise<UnitFacets> {
  const [{ key }] = await db().$queryRaw<{ key: string }[]>`
    SELECT concat_ws('/', (SELECT max(updated_at) FROM units), (SELECT count(*) FROM units)) AS key`;
  return facetsMemo(key);
}

const facetsMemo = stateMemo(countUnitFacets, 1);

async function countUnitFacets(): Promise<UnitFacets> {
  const client = db();
  const [regions, categories, letters] = await Promise.all([
    client.$queryRaw<{ value: string; count: number }[]>`SELECT region AS value, count(*)::int AS count FROM units WHERE active GROUP BY region ORDER BY region`,
    client.$queryRaw<{ value: string; count: number }[]>`SELECT category AS value, count(*)::int AS count FROM units WHERE active GROUP BY category ORDER BY category`,
    client.$queryRaw<{ value: string; count: number }[]>`SELECT name_initial AS value, count(*)::int AS count FROM units WHERE active AND name_initial IS NOT NULL GROUP BY name_initial ORDER BY name_initial`,
  ]);
  return { regions, categories, letters };
}
