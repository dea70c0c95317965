import "@/lib/server/server-only";
import { listUnits } from "./list-units";
import type { UnitWithYears } from "@/lib/public/types";

/** Search-as-you-type: at most `limit` units whose name, short name or code contains the text, best first; nothing for blank input. */
export async function searchUnits(options: { query: string; limit?: number }): Promise<UnitWithYears[]> {
  const { query, limit = 10 } = options;
  if (!query.trim()) return [];
  return (await listUnits({ q: query, page: { page: 1, pageSize: limit } })).units;
}
