import "@/lib/server/server-only";
import { isDemoUnit } from "@/lib/public/demo";
import type { PublicUnit } from "@/lib/public/types";

/** The public view of a unit row: only what a citizen may see, plus the 示例数据 flag. */
export function toPublicUnit(u: { code: string; name: string; shortName: string; region: string; category: string }): PublicUnit {
  return { code: u.code, name: u.name, shortName: u.shortName, region: u.region, category: u.category, demo: isDemoUnit(u.code) };
}
