/**
 * Concrete field paths. One grammar for every consumer:
 *
 * - `income[3].fiscal`: the fourth row of `income` (the core's JSON path, as checks and import
 *   issues print it, and as the editor lays out its inputs);
 * - `income[code=2013101].fiscal`: the row of `income` whose code is 2013101. The review diff
 *   uses it, and a comment anchored to a field should, because it survives rows being added,
 *   removed or reordered.
 *
 * Both have the same pattern (`income[].fiscal`) and both reach the editor's input through
 * `fieldAnchorId`.
 */
import type { TPackage } from "../package";

const ROW = /\[(\d+|code=\d*)\]/g;

/**
 * The grammar of a path in either spelling (`income[3].fiscal`, `income[code=2013101].fiscal`,
 * `fiscal.income`): the one syntax check for paths that arrive from outside (a comment's field, a
 * review page's ?field=), so the form, the action and the page accept the same paths.
 */
const PATH_SYNTAX = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*|\[(\d+|code=\d*)\])*$/;
export const FIELD_PATH_MAX = 200;

export function isFieldPathSyntax(path: string): boolean {
  return path.length <= FIELD_PATH_MAX && PATH_SYNTAX.test(path);
}

/** `income[3].fiscal`, `income[code=2013101].fiscal` → `income[].fiscal`. */
export function fieldPattern(path: string): string {
  return path.replace(ROW, "[]");
}

/** The code of a code-keyed row path, or null: `income[code=2013101].fiscal` → "2013101". */
export function pathCode(path: string): string | null {
  return /\[code=(\d*)\]/.exec(path)?.[1] ?? null;
}

/** The index of an index path's row, or null: `income[3].fiscal` → 3. */
export function pathIndex(path: string): number | null {
  const m = /\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : null;
}

/** The list a row path is in: `basicExpenditure.public[2].amount` → "basicExpenditure.public". */
export function pathList(path: string): string | null {
  const m = /^([^[]+)\[/.exec(path);
  return m ? m[1] : null;
}

/**
 * The DOM id of the editor's input for a path (and of the row or block for a shorter path).
 * The editor gives every input the id of its index path, and the cell around a coded row's input
 * the id of its code path, so a check link (`#f-income-3-fiscal`) and a comment anchor
 * (`#f-income-code-2013101-fiscal`) both find the field.
 */
export function fieldAnchorId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9]+/g, "-").replace(/-$/, "")}`;
}

type Rows = readonly { code: string }[];

function rowsOf(pkg: TPackage, list: string): Rows | null {
  let node: unknown = pkg;
  for (const key of list.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  return Array.isArray(node) ? (node as Rows) : null;
}

/** `income[code=2013101].fiscal` → `income[3].fiscal` in this package (null: no such row). */
export function indexPath(pkg: TPackage, path: string): string | null {
  const code = pathCode(path);
  const list = pathList(path);
  if (code === null || list === null) return path;
  const index = rowsOf(pkg, list)?.findIndex((r) => r.code === code) ?? -1;
  return index < 0 ? null : path.replace(/\[code=\d*\]/, `[${index}]`);
}

/** `income[3].fiscal` → `income[code=2013101].fiscal` in this package (unchanged when not a coded row). */
export function codePath(pkg: TPackage, path: string): string {
  const index = pathIndex(path);
  const list = pathList(path);
  if (index === null || list === null) return path;
  const row = rowsOf(pkg, list)?.[index];
  return row && typeof row === "object" && "code" in row ? path.replace(/\[\d+\]/, `[code=${row.code}]`) : path;
}

/**
 * Whether a path, in either spelling, names the editor's input at `inputPath` (an index path) in
 * this package: a remark written from the review diff on `income[code=2013101].fiscal` belongs
 * beside the input of the row that has that code now, wherever the clerk has moved it.
 */
export function pointsAt(pkg: TPackage, path: string, inputPath: string): boolean {
  return path === inputPath || indexPath(pkg, path) === inputPath;
}
