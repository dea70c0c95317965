/**
 * Building blocks shared by the nine table builders: columns, grouped header cells, the
 * "no data" rule and the Chinese numerals of the summary tables' line labels.
 */
import { tryParseYuan, type Fen } from "../money";
import type { CellValue, ColumnKind, DisclosureTable, HeaderCell, TableColumn, TableKey, TableRow } from "../model";

/** Shown for a code the year's code set does not know; rule R2 reports it, the table must not crash. */
export const UNKNOWN_NAME = "（未知科目）";

/**
 * Package amounts are schema-checked decimal strings; reading a malformed one as 0 (instead of
 * throwing) keeps a table renderable for a draft that somehow bypassed the schema.
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
  return rows.every((row) => row.values.every((v: CellValue) => typeof v !== "bigint" || v === 0n));
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
  return { ...shape, unitLabel: "万元", rows, emptyNote: hasNoData(rows) ? emptyNote : null };
}

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (enough for the 类 count of any code set). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 === 0 ? "" : DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : DIGITS[n % 10]}`;
  return String(n);
}
