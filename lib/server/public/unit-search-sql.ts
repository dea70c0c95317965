import "@/lib/server/server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UnitLetter } from "@/lib/public/unit-letters";

/** What a unit list filters on: a search text (name, short name or code), exact region / category, the name's pinyin letter. */
export interface UnitFilter {
  q?: string;
  region?: string;
  category?: string;
  letter?: UnitLetter;
}

/**
 * The search text: trimmed, at most 50 characters. Case is folded in SQL, by the same lower()
 * that folds the units' search keys (migration unit_search_keys_lower_case), so the two agree
 * whatever the database's locale: "cdc" and "CDC" both find a unit named "CDC".
 */
export function searchText(q: string | undefined): string {
  return (q ?? "").trim().slice(0, 50);
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * WHERE for active units matching `filter`. A search needs every key of the text in the unit's
 * search_grams (GIN index, migration unit_search_and_revision_summaries), then a substring match
 * confirms it; a fixed number of parameters whatever the data.
 */
export function unitWhereSql(filter: UnitFilter): Prisma.Sql {
  const q = searchText(filter.q);
  const parts = [Prisma.sql`u.active`];
  if (filter.region) parts.push(Prisma.sql`u.region = ${filter.region}`);
  if (filter.category) parts.push(Prisma.sql`u.category = ${filter.category}`);
  if (filter.letter) parts.push(Prisma.sql`u.name_initial = ${filter.letter}`);
  if (q) {
    const pattern = Prisma.sql`lower(${`%${likeEscape(q)}%`})`;
    parts.push(Prisma.sql`u.search_grams @> unit_search_grams(lower(${q}))`);
    // For one or two characters without a space the keys already prove the substring (the text's
    // pairs never span two fields); longer texts need the LIKE to check the keys are adjacent.
    if ([...q].length > 2 || /\s/.test(q)) parts.push(Prisma.sql`(lower(u.name) LIKE ${pattern} OR lower(u.short_name) LIKE ${pattern} OR lower(u.code) LIKE ${pattern})`);
  }
  return Prisma.join(parts, " AND ");
}

/**
 * Ranked: exact name / short name / code first, then those starting with the text, then earlier
 * and shorter matches. Without a search: by code, or by the name's pinyin within a letter (the
 * index units (name_initial, name_pinyin)).
 */
export function unitOrderSql(filter: UnitFilter): Prisma.Sql {
  const q = searchText(filter.q);
  if (!q) return filter.letter ? Prisma.sql`u.name_pinyin, u.code` : Prisma.sql`u.code`;
  const text = Prisma.sql`lower(${q})`;
  const prefix = Prisma.sql`lower(${`${likeEscape(q)}%`})`;
  return Prisma.sql`CASE WHEN lower(u.name) = ${text} OR lower(u.short_name) = ${text} OR lower(u.code) = ${text} THEN 0
      WHEN lower(u.name) LIKE ${prefix} OR lower(u.short_name) LIKE ${prefix} OR lower(u.code) LIKE ${prefix} THEN 1 ELSE 2 END,
    nullif(strpos(lower(u.name), ${text}), 0) NULLS LAST, char_length(u.name), u.code`;
}
