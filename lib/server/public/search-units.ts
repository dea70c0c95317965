import "@/lib/server/server-only";
import { listUnits } from "./list-units";
import type { UnitWithYears } from "@/lib/public/types";

/** Search-as-you-type: at most 10 units whose name or code contains the text; nothing for blank input. */
export async function searchUnits(query: string): Promise<UnitWithYears[]> {
  if (!query.trim()) return [];
  return listUnits(query, 10);
}
