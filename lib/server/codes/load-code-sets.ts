import "@/lib/server/server-only";
import { cache } from "react";
import { BUILTIN_CODE_SETS, buildCodeSet, codeSetForYear, type CodeSet } from "@/lib/disclosure/codes";
import { db, type DbClient } from "@/lib/server/db";

/**
 * The admin-maintained classification codes as the core's per-year code sets: one set per year
 * in which any code became valid, holding every code valid in that year. The sets the core ships
 * with when the table is empty. Every reader — public pages, the editor, submit — uses these, so a
 * code is known or unknown the same way everywhere.
 */
export async function loadCodeSetsFrom(client: DbClient): Promise<readonly CodeSet[]> {
  const rows = await client.classificationCode.findMany({ select: { kind: true, code: true, name: true, validFrom: true, validTo: true } });
  if (rows.length === 0) return BUILTIN_CODE_SETS;
  // A year has its own set when a code became valid in it or stopped being valid the year before
  // (a list that only retires codes still makes a set of its own).
  const years = [...new Set(rows.flatMap((r) => (r.validTo === null ? [r.validFrom] : [r.validFrom, r.validTo + 1])))].sort((a, b) => a - b);
  return years.map((year) => {
    const valid = rows.filter((r) => r.validFrom <= year && (r.validTo === null || r.validTo >= year));
    const pick = (kind: "FUNCTIONAL" | "ECONOMIC") => valid.filter((r) => r.kind === kind).map((r) => ({ code: r.code, name: r.name }));
    return buildCodeSet({ year, functional: pick("FUNCTIONAL"), economic: pick("ECONOMIC") });
  });
}

/** Per request (React cache) for pages. */
export const loadCodeSets = cache(() => loadCodeSetsFrom(db()));

/** The set a report of `year` is checked and rendered with. */
export async function codeSetFor(client: DbClient, year: number): Promise<CodeSet | null> {
  return codeSetForYear(year, await loadCodeSetsFrom(client));
}
