/**
 * The shapes the core produces: the nine tables, the check results, the narrative and the key
 * figures. Every page, export (CSV/XLSX/PDF/JSON), chart and API renders these; none recomputes.
 */
import type { Fen } from "./money";

export type TableKey = "g01" | "g02" | "g03" | "g04" | "g05" | "g06" | "g07" | "g08" | "g09";

/** 类/款/项 for coded rows; 合计 for totals; item for the lines of the summary tables (01, 04, 06, 07). */
export type RowLevel = "类" | "款" | "项" | "合计" | "item";

export type ColumnKind = "code" | "text" | "lineNo" | "amount" | "count";

/** A leaf column. `values[i]` of every row belongs to `columns[i]`. */
export interface TableColumn {
  key: string;
  label: string;
  kind: ColumnKind;
}

/** One cell of the grouped header, as an HTML/XLSX header would draw it. */
export interface HeaderCell {
  label: string;
  colSpan: number;
  rowSpan: number;
}

/** amount cells are exact 分 (bigint); code/text/lineNo are strings; count is a number; null is blank. */
export type CellValue = Fen | string | number | null;

/** One side of a side-by-side row (公开01/04: 收入 | 支出; 公开06: 人员经费 | 公用经费). */
export interface RowBlock {
  level: RowLevel;
  code?: string;
  name?: string;
}

export interface TableRow {
  level: RowLevel;
  /** Functional or economic code for coded rows. */
  code?: string;
  name?: string;
  values: CellValue[];
  /**
   * Side-by-side tables only (01, 04, 06): what each block of the row is, left to right; null
   * where that block is blank on this row. `level` is then "合计" on total lines, else "item".
   */
  blocks?: (RowBlock | null)[];
  /**
   * Set only on rows with marked figures (the package's `provenance`): per value, parallel to
   * `values`, "illustrative" (示例) or "estimated" (估算), null for an actual figure.
   */
  marks?: (ProvenanceKind | null)[];
}

export type ProvenanceKind = "illustrative" | "estimated";

/** A line printed under a table: what its marked figures are, or the 尾差 rounding note. */
export interface TableNote {
  kind: ProvenanceKind | "rounding";
  text: string;
}

export interface DisclosureTable {
  key: TableKey;
  /** "公开01" … "公开09" */
  id: string;
  title: string;
  unitLabel: "万元";
  columns: TableColumn[];
  /** The grouped header rows (top to bottom); their spans cover `columns`. */
  headerRows: HeaderCell[][];
  rows: TableRow[];
  /**
   * Set when the table has no data (every amount is zero, or nothing was entered): the line
   * published with the table. Rows are still given as for any table (a coded table lists only
   * what was entered, so usually none; the fixed-line tables 01, 04 and 07 keep their lines of
   * zeros); a page shows the note and may show or omit those rows.
   */
  emptyNote: string | null;
  /** Lines printed under the table (provenance first, then 尾差); absent when there are none. */
  notes?: TableNote[];
}

export type Severity = "error" | "warning";

export interface CheckSide {
  label: string;
  /** Exact amount in 分. */
  amount: Fen;
}

export interface CheckResult {
  /** Stable rule id, e.g. "R3" (blocking rules R1–R9) or "W1" (warnings). */
  rule: string;
  severity: Severity;
  /** Chinese, names table, row and column and both sides. */
  message: string;
  table?: TableKey;
  row?: string;
  column?: string;
  left?: CheckSide;
  right?: CheckSide;
  /** The package JSON path of the field to fix, e.g. "income[3].fiscal", for editor links. */
  path?: string;
  /** Where to look when no single field is to blame (both sides of 公开01): each linked by the editor. */
  links?: { path: string; label: string }[];
}

export interface NarrativeBlock {
  kind: "heading" | "paragraph";
  text: string;
}

export interface NarrativeSection {
  section: number; // 1..11
  title: string;
  /** Plain text: blocks joined with "\n". */
  text: string;
  blocks: NarrativeBlock[];
}

/** Headline figures for charts, the unit page and comparisons. All exact 分. */
export interface KeyFigures {
  grandTotal: Fen; // 收支总计
  incomeTotal: Fen; // 本年收入合计
  expenditureTotal: Fen; // 本年支出合计
  fiscalIncome: Fen; // 财政拨款收入 (three funds)
  fiscalGrandTotal: Fen; // 财政拨款收支总计
  generalBudgetExpenditure: Fen; // 一般公共预算财政拨款支出
  generalBudgetBudget: Fen; // its 年初预算
  basicExpenditure: Fen;
  projectExpenditure: Fen;
  personnelCosts: Fen; // 人员经费
  publicCosts: Fen; // 公用经费
  threePublicBudget: Fen;
  threePublicActual: Fen;
  operatingCosts: Fen; // 机关运行经费
  incomeBySource: { key: string; label: string; amount: Fen }[];
  generalBudgetByClass: { code: string; name: string; amount: Fen }[];
  threePublicItems: { key: string; label: string; budget: Fen; actual: Fen }[];
}

export interface RenderedReport {
  unit: { code: string; name: string; shortName: string };
  year: number;
  tables: DisclosureTable[];
  narrative: NarrativeSection[];
  checks: CheckResult[];
  figures: KeyFigures;
}
