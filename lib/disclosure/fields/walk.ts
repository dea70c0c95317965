/**
 * Every concrete field of one package, in catalog order, rows one after another: what the line
 * items store, what the diff compares, and what the fixture test checks the catalog against.
 */
import type { TPackage } from "../package";
import { FIELD_CATALOG } from "./catalog";
import type { TFieldEntry } from "./types";

export interface TPackageField {
  /** `balances.openingCarryover`, `income[3].fiscal` or, keyed by code, `income[code=2013101].fiscal`. */
  path: string;
  entry: TFieldEntry;
  /** The row's code in a coded list, else null. */
  code: string | null;
  /** As in the package: a decimal string in 元, an integer, a text; undefined when the key is absent. */
  value: string | number | undefined;
  /** Sorts fields in catalog order, rows of a list by index or code. */
  order: readonly [number, number | string, number];
}

interface Group {
  /** The list, e.g. "basicExpenditure.public", or null for fields outside lists. */
  list: string | null;
  start: number;
  entries: { entry: TFieldEntry; index: number; key: string[] }[];
}

const get = (root: unknown, keys: readonly string[]): unknown =>
  keys.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), root);

/** Catalog entries grouped by list, computed once. */
const GROUPS: Group[] = (() => {
  const groups: Group[] = [];
  FIELD_CATALOG.forEach((entry, index) => {
    // A list inside a list row (provenance[].columns[]) is compared as part of its row's other fields.
    if (entry.path.split("[]").length > 2) return;
    const [list, rest] = entry.path.includes("[]") ? entry.path.split("[]") : [null, entry.path];
    const key = (rest ?? "").split(".").filter(Boolean);
    const last = groups.at(-1);
    if (list !== null && last?.list === list) last.entries.push({ entry, index, key });
    else groups.push({ list, start: index, entries: [{ entry, index, key }] });
  });
  return groups;
})();

/**
 * The package's fields. `rows: "code"` names coded rows by their code (a code that appears twice,
 * which check R2 blocks, keeps only its first row); absent optional blocks (priorYear: null,
 * source) have no fields, absent optional keys have `value: undefined`.
 */
export function packageFields(pkg: TPackage, rows: "index" | "code" = "index"): TPackageField[] {
  const out: TPackageField[] = [];
  for (const group of GROUPS) {
    if (group.list === null) {
      for (const { entry, index, key } of group.entries) {
        const parent = get(pkg, key.slice(0, -1));
        if (parent === null || typeof parent !== "object") continue;
        out.push({ path: entry.path, entry, code: null, value: get(parent, key.slice(-1)) as TPackageField["value"], order: [index, 0, index] });
      }
      continue;
    }
    const items = get(pkg, group.list.split("."));
    if (!Array.isArray(items)) continue;
    const seen = new Set<string>();
    items.forEach((item: unknown, i) => {
      const code = item !== null && typeof item === "object" && "code" in item ? String(item.code) : null;
      const byCode = rows === "code" && code !== null;
      if (byCode && seen.has(code)) return;
      if (code !== null) seen.add(code);
      const row = byCode ? `[code=${code}]` : `[${i}]`;
      for (const { entry, index, key } of group.entries) {
        const path = `${group.list}${row}${key.map((k) => `.${k}`).join("")}`;
        out.push({ path, entry, code, value: get(item, key) as TPackageField["value"], order: [group.start, byCode ? code : i, index] });
      }
    });
  }
  return out;
}

/** Compares two `order` keys. */
export function compareFieldOrder(a: TPackageField["order"], b: TPackageField["order"]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] !== b[1]) return typeof a[1] === "number" && typeof b[1] === "number" ? a[1] - b[1] : String(a[1]).localeCompare(String(b[1]));
  return a[2] - b[2];
}
