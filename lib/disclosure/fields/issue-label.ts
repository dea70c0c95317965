/**
 * The Chinese name of any path a validation issue can point at, from the field catalog: a field
 * (its catalog label, via fieldLabel), a row, or a block or list above fields (`unit`,
 * `fiscal.income`, `income`), named by the table or part that holds it. Import and validation
 * messages use it so that nobody is shown an English key.
 */
import { FIELD_CATALOG, TABLE_NAMES, catalogEntry } from "./catalog";
import { fieldLabel } from "./label";
import { findPart, partForPath } from "./parts";
import { fieldPattern } from "./paths";
import type { TFieldEntry } from "./types";

/** The catalog entries at or below a pattern (`fiscal.income` → its three fund fields). */
export function entriesBelow(pattern: string): TFieldEntry[] {
  return FIELD_CATALOG.filter((e) => e.path.startsWith(`${pattern}.`) || e.path.startsWith(`${pattern}[]`));
}

/** The heading all fields of a block share ("本年收入" of "本年收入：一般公共预算财政拨款", …), or null. */
function sharedHeading(below: readonly TFieldEntry[]): string | null {
  const heads = new Set(below.map((e) => (e.label.includes("：") ? e.label.split("：")[0] : null)));
  return heads.size === 1 ? [...heads][0] : null;
}

/** `fiscal.income` → "公开04 财政拨款收入支出决算总表 本年收入"; `unit` → "概况"; `income` → "公开02 收入决算表". */
export function issueLabel(path: string): string {
  if (path === "") return "";
  const pattern = fieldPattern(path);
  if (catalogEntry(pattern) || /\]$/.test(path)) {
    const label = fieldLabel(path);
    if (label !== path) return label;
  }
  const below = entriesBelow(pattern);
  if (below.length === 0) return findPart(partForPath(path))!.title;
  const tables = new Set(below.map((e) => e.table));
  const table = tables.size === 1 ? below[0].table : null;
  const place = table ? `${table} ${TABLE_NAMES[table]}` : findPart(below[0].part)!.title;
  const head = sharedHeading(below);
  return head ? `${place} ${head}` : place;
}

/** Whether a path names a whole list (`income`, `basicExpenditure.personnel`): its fields are all in rows. */
export function isListPath(path: string): boolean {
  const pattern = fieldPattern(path);
  const below = entriesBelow(pattern);
  return below.length > 0 && below.every((e) => e.path.startsWith(`${pattern}[]`));
}

/**
 * The required fields a missing block should have held, by their catalog labels (less the
 * heading the block's name already says); "" when it has none. Rows of a list are the clerk's
 * own: a missing list is one missing table, not its columns.
 */
export function requiredLabelsBelow(path: string, max = 6): string {
  const pattern = fieldPattern(path);
  const below = entriesBelow(pattern).filter((e) => !e.optional && !e.path.slice(pattern.length).includes("[]"));
  const head = sharedHeading(below);
  const labels = below.map((e) => (head ? e.label.slice(head.length + 1) : e.label));
  return labels.length > max ? `${labels.slice(0, max).join("、")}等 ${labels.length} 项` : labels.join("、");
}
