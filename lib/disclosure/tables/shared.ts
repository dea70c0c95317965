/**
 * Building blocks shared by the nine table builders: columns, grouped header cells, the
 * "no data" rule and the Chinese numerals of the summary tables' line labels.
 */
import { tryParseYuan, type Fen } from "../money";
import type { ColumnKind, DisclosureTable, HeaderCell, TableColumn, TableKey, TableRow } from "../model";

/** Shown for a code the year's code set does not know; rule R2 reports it, the table must not crash. */
export const UNKNOWN_NAME = "（未知科目）";

/**
 * Reads a package amount as 分 (money.tryParseYuan, which has the fast path). A malformed amount
 * reads as 0 instead of throwing, so a table stays renderable for a draft that somehow bypassed
 * the schema; rule R1 reports it.
 */
export function yuan(text: string): Fen {
  return tryParseYuan(text) ?? 0n;
}

export function col(key: string, label: string, kind: ColumnKind): TableColumn {
  return { key, label, kind };
}

export function hc(label: string, colSpan = 1, rowSpan = 1): HeaderCell {
  return { label, colSpan, rowSpan };
}

/** True when no amount cell of any row is non-zero (no rows at all counts as no data). */
export function hasNoData(rows: readonly TableRow[]): boolean {
  for (const row of rows) for (const v of row.values) if (typeof v === "bigint" && v !== 0n) return false;
  return true;
}

export interface TableShape {
  key: TableKey;
  id: string;
  title: string;
  columns: TableColumn[];
  headerRows: HeaderCell[][];
}

/** Assembles a table; the note is attached only when the table has no data. */
export function makeTable(shape: TableShape, rows: TableRow[], emptyNote: string): DisclosureTable {
  // Built field by field: an object spread here measurably slowed every render.
  return {
    key: shape.key,
    id: shape.id,
    title: shape.title,
    unitLabel: "万元",
    columns: shape.columns,
    headerRows: shape.headerRows,
    rows,
    emptyNote: hasNoData(rows) ? emptyNote : null,
  };
}

export { chineseNumeral } from "../numerals";
