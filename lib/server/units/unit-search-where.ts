import "@/lib/server/server-only";

/**
 * The search keys of a query, as the `unit_search_grams` SQL function makes them for a unit
 * (migration unit_search_and_revision_summaries): every character and every pair of adjacent
 * characters, whitespace skipped. A unit can only match when it has all of them.
 */
function grams(text: string): string[] {
  const chars = [...text];
  const out = new Set<string>();
  chars.forEach((c, i) => {
    if (!/\s/.test(c)) out.add(c);
    const pair = c + (chars[i + 1] ?? "");
    if (i + 1 < chars.length && !/\s/.test(pair)) out.add(pair);
  });
  return [...out];
}

/**
 * `where` for units whose name, short name or code contains `q`, in any case: the GIN index on
 * search_grams narrows the rows (`@>`), ILIKE confirms the substring. Fast on a province's
 * 10,000 units.
 */
export function unitSearchWhere(q: string) {
  const text = q.trim();
  const lower = text.toLowerCase();
  // The keys are lower-cased by PostgreSQL (migration unit_search_keys_lower_case); the query as
  // typed as well, for letters JavaScript folds and a database in the C locale does not.
  const keys =
    lower === text
      ? { searchGrams: { hasEvery: grams(text) } }
      : { OR: [{ searchGrams: { hasEvery: grams(lower) } }, { searchGrams: { hasEvery: grams(text) } }] };
  const insensitive = { contains: text, mode: "insensitive" as const };
  return { AND: [keys, { OR: [{ name: insensitive }, { shortName: insensitive }, { code: insensitive }] }] };
}
