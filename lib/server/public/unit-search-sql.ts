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

/** The search text as matched: trimmed, lower-case (codes), at most 50 characters. */
export function searchText(q: string | undefined): string {
  return (q ?? "").trim().toLowerCase().slice(0, 50);
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
    const pattern = `%${likeEscape(q)}%`;
    parts.push(Prisma.sql`u.search_grams @> unit_search_grams(${q})`);
    // For one or two characters without a space the keys already prove the substring (the text's
    // pairs never span two fields); longer texts need the LIKE to check the keys are adjacent.
    if ([...q].length > 2 || /\s/.test(q)) parts.push(Prisma.sql`(u.name ILIKE ${pattern} OR u.short_name ILIKE ${pattern} OR lower(u.code) LIKE ${pattern})`);
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
  const prefix = `${likeEscape(q)}%`;
  return Prisma.sql`CASE WHEN u.name = ${q} OR u.short_name = ${q} OR lower(u.code) = ${q} THEN 0
      WHEN u.name LIKE ${prefix} OR u.short_name LIKE ${prefix} OR lower(u.code) LIKE ${prefix} THEN 1 ELSE 2 END,
    nullif(strpos(u.name, ${q}), 0) NULLS LAST, char_length(u.name), u.code`;
}
