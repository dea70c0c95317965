/**
 * The shared roll-up: entered leaf rows (functional 项, economic 款) are grouped under their
 * parents by code prefix (类 = first 3 digits, 款 = first 5), parent rows are computed as sums of
 * their leaves, and the result is listed parent first, in code order. Leaves with the same code
 * (a duplicate R2 reports) stay separate lines in entry order, so nothing entered disappears.
 */
import type { Fen } from "../money";
import type { RowLevel } from "../model";
import { UNKNOWN_NAME } from "./shared";

export interface RollupEntry {
  code: string;
  amounts: readonly Fen[];
}

export interface RolledRow {
  level: RowLevel;
  code: string;
  name: string;
  amounts: Fen[];
}

export interface RollupSpec {
  /** Parent levels, outermost first, each with the code prefix length that identifies it. */
  parents: readonly { level: RowLevel; length: number }[];
  leafLevel: RowLevel;
  name: (code: string) => string | undefined;
}

interface Node {
  code: string;
  amounts: Fen[];
  children: Map<string, Node>;
  leaves: RollupEntry[];
}

function newNode(code: string, width: number): Node {
  return { code, amounts: new Array<Fen>(width).fill(0n), children: new Map(), leaves: [] };
}

function addInto(target: Fen[], amounts: readonly Fen[]): void {
  for (let i = 0; i < target.length; i++) target[i] += amounts[i] ?? 0n;
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export interface Rollup {
  total: Fen[];
  rows: RolledRow[];
}

/** Rolls `entries` (each with `width` amounts) up into parent-first rows plus the grand total. */
export function rollUp(entries: readonly RollupEntry[], width: number, spec: RollupSpec): Rollup {
  const root = newNode("", width);
  for (const entry of entries) {
    addInto(root.amounts, entry.amounts);
    let node = root;
    for (const parent of spec.parents) {
      // A code shorter than the prefix (an invalid code R2 reports) becomes its own parent.
      const prefix = entry.code.slice(0, parent.length);
      let child = node.children.get(prefix);
      if (!child) node.children.set(prefix, (child = newNode(prefix, width)));
      addInto(child.amounts, entry.amounts);
      node = child;
    }
    node.leaves.push(entry);
  }
  const rows: RolledRow[] = [];
  const named = (level: RowLevel, code: string, amounts: Fen[]): RolledRow => ({
    level,
    code,
    name: spec.name(code) ?? UNKNOWN_NAME,
    amounts,
  });
  const walk = (node: Node, depth: number) => {
    if (depth === spec.parents.length) {
      for (const leaf of [...node.leaves].sort(byCode)) rows.push(named(spec.leafLevel, leaf.code, [...leaf.amounts]));
      return;
    }
    for (const child of [...node.children.values()].sort(byCode)) {
      rows.push(named(spec.parents[depth].level, child.code, child.amounts));
      walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return { total: root.amounts, rows };
}
