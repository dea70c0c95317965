/**
 * Classification codes, kept per year. Functional (功能分类) codes: 3 digits 类, 5 digits 款,
 * 7 digits 项; a 项 belongs to the 款 of its first 5 digits and the 类 of its first 3. Economic
 * (经济分类) codes: 3 digits 类, 5 digits 款; 人员经费 = classes 301 and 303, 公用经费 the rest.
 * A year with no set of its own uses the newest earlier one.
 */
import codes2020 from "./data/codes-2020.json";

export interface CodeEntry {
  code: string;
  name: string;
}

export interface CodeSetSource {
  year: number;
  functional: CodeEntry[];
  economic: CodeEntry[];
}

export interface CodeSet {
  /** The year the set was issued for (may be earlier than the report's year). */
  year: number;
  functional: ReadonlyMap<string, string>;
  economic: ReadonlyMap<string, string>;
}

export type FunctionalLevel = "类" | "款" | "项";

export function buildCodeSet(source: CodeSetSource): CodeSet {
  return {
    year: source.year,
    functional: new Map(source.functional.map((e) => [e.code, e.name])),
    economic: new Map(source.economic.map((e) => [e.code, e.name])),
  };
}

/** The sets shipped with the code; the server may pass admin-maintained sets instead. */
export const BUILTIN_CODE_SETS: readonly CodeSet[] = [buildCodeSet(codes2020 as CodeSetSource)];

/** The newest set issued in or before `year`, or null when none is that old. */
export function codeSetForYear(year: number, sets: readonly CodeSet[] = BUILTIN_CODE_SETS): CodeSet | null {
  let best: CodeSet | null = null;
  for (const set of sets) {
    if (set.year <= year && (best === null || set.year > best.year)) best = set;
  }
  return best;
}

export function functionalLevel(code: string): FunctionalLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return code.length === 3 ? "类" : code.length === 5 ? "款" : code.length === 7 ? "项" : null;
}

/** The 类 (3 digits) and 款 (5 digits) a 项 rolls up into. */
export function functionalParents(code: string): { classCode: string; sectionCode: string } {
  return { classCode: code.slice(0, 3), sectionCode: code.slice(0, 5) };
}

/** 人员经费 is economic classes 301 and 303; everything else is 公用经费. */
export function economicBlock(code: string): "personnel" | "public" {
  const cls = code.slice(0, 3);
  return cls === "301" || cls === "303" ? "personnel" : "public";
}

export function functionalName(set: CodeSet | null, code: string): string | undefined {
  return set?.functional.get(code);
}

export function economicName(set: CodeSet | null, code: string): string | undefined {
  return set?.economic.get(code);
}

/** A code set as plain data (for JSON, or props handed to the browser); `buildCodeSet` reverses it. */
export function codeSetSource(set: CodeSet): CodeSetSource {
  const entries = (map: ReadonlyMap<string, string>) => [...map].map(([code, name]) => ({ code, name }));
  return { year: set.year, functional: entries(set.functional), economic: entries(set.economic) };
}
