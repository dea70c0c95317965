/**
 * Building blocks shared by the nine table builders: columns, grouped header cells, the
 * "no data" rule and the Chinese numerals of the summary tables' line labels.
 */
import { tryParseYuan, type Fen } from "../money";
import type { ColumnKind, DisclosureTable, HeaderCell, TableColumn, TableKey, TableRow } from "../model";

/** Shown for a code the year's code set does not know; rule R2 reports it, the table must not crash. */
export const UNKNOWN_NAME = "（未知科目）";

/**
 * Reads a package amount ("2189400.00", "5", "-0.5") as 分, exactly like money.parseYuan, but
 * without a regex or bigint arithmetic on the common path: amounts are read thousands of times per
 * render and this was the hottest function of the bench. Up to 15 significant digits (in 分) fit a
 * double exactly, so the digits are accumulated in a number and converted once; anything longer or
 * unusual goes through parseYuan's own rules. A malformed amount reads as 0 instead of throwing, so
 * a table stays renderable for a draft that somehow bypassed the schema.
 */
export function yuan(text: string): Fen {
  const len = text.length;
  let i = 0;
  let negative = false;
  if (len > 0 && text.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let acc = 0;
  let digits = 0;
  let decimals = -1; // -1: no decimal point seen yet
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (decimals >= 0 && ++decimals > 2) return slow(text);
      acc = acc * 10 + (c - 48);
      digits++;
    } else if (c === 46 && decimals < 0 && digits > 0) {
      decimals = 0;
    } else {
      return slow(text);
    }
  }
  if (digits === 0 || decimals === 0) return slow(text);
  const scale = decimals < 0 ? 2 : 2 - decimals;
  if (digits + scale > 15) return slow(text);
  const fen = scale === 2 ? acc * 100 : scale === 1 ? acc * 10 : acc;
  return BigInt(negative ? -fen : fen);
}

function slow(text: string): Fen {
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
