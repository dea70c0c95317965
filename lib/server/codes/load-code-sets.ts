import "@/lib/server/server-only";
import { AsyncLocalStorage } from "node:async_hooks";
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
  const store = runCache.getStore();
  if (!store) return readCodeSets(client);
  store.sets ??= readCodeSets(client).catch((error: unknown) => {
    store.sets = undefined;
    throw error;
  });
  return store.sets;
}

interface RunCache {
  sets?: Promise<readonly CodeSet[]>;
  byYear: Map<number, CodeSet | null>;
}

const runCache = new AsyncLocalStorage<RunCache>();

/**
 * Runs `work` with the code sets read once and kept per year for everything it calls (checks,
 * summaries, transitions), for a script that writes many reports and no codes: the bulk import
 * read them twice per package before (and five times more when publishing). Outside it, every
 * call reads the table, so an admin's new code list counts at once.
 */
export function withCodeSetsCached<T>(work: () => Promise<T>): Promise<T> {
  return runCache.run({ byYear: new Map() }, work);
}

async function readCodeSets(client: DbClient): Promise<readonly CodeSet[]> {
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
  const store = runCache.getStore();
  const cached = store?.byYear.get(year);
  if (cached !== undefined) return cached;
  const set = codeSetForYear(year, await loadCodeSetsFrom(client));
  store?.byYear.set(year, set);
  return set;
}
