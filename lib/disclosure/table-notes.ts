/**
 * What is printed under a table besides its figures: the provenance of marked figures (示例 /
 * 估算, from the package's `provenance`) and the standard 尾差 note where a total differs from
 * the sum of its parts as the table shows them (each rounded to 0.01 万元 on its own).
 */
import { toWanHundredths, type Fen } from "./money";
import type { DisclosureTable, ProvenanceKind, TableNote, TableRow } from "./model";
import type { TProvenanceMark } from "./package";

export const PROVENANCE_LABELS: Record<ProvenanceKind, { short: string; long: string }> = {
  illustrative: { short: "示", long: "示例数据（不是实际决算数）" },
  estimated: { short: "估", long: "估算数（不是精确的决算数）" },
};

export const ROUNDING_NOTE = "注：本表合计数与各分项数之和如有尾差，系四舍五入所致。";

function rowMatches(row: TableRow, mark: TProvenanceMark): boolean {
  if (mark.rows === "detail" && row.level === "合计") return false;
  if (mark.codes === undefined) return true;
  const codes = new Set(mark.codes);
  return (row.code !== undefined && codes.has(row.code)) || (row.blocks ?? []).some((b) => b?.code !== undefined && codes.has(b.code));
}

/** The table with its marked cells and one note per mark; unchanged when no mark names it. */
export function markTable(table: DisclosureTable, marks: readonly TProvenanceMark[]): DisclosureTable {
  const own = marks.filter((m) => m.table === table.key);
  if (own.length === 0) return table;
  const rows = table.rows.map((row) => {
    let marked: (ProvenanceKind | null)[] | null = null;
    for (const mark of own) {
      if (!rowMatches(row, mark)) continue;
      table.columns.forEach((column, i) => {
        const named = mark.columns ? mark.columns.includes(column.key) : column.kind === "amount";
        if (!named || row.values[i] === null) return;
        marked ??= row.values.map(() => null);
        marked[i] = mark.kind;
      });
    }
    return marked ? { ...row, marks: marked } : row;
  });
  const notes = own.map((m) => ({ kind: m.kind, text: `标“${PROVENANCE_LABELS[m.kind].short}”的数字为${PROVENANCE_LABELS[m.kind].long}：${m.note}` }));
  return { ...table, rows, notes: [...(table.notes ?? []), ...notes] };
}

/** Sums that a table states: per row, a total column and its parts (coded tables). */
const ROW_SUMS: Partial<Record<DisclosureTable["key"], { total: string; parts: string[] }[]>> = {
  g02: [{ total: "total", parts: ["fiscal", "superiorSubsidy", "business", "operating", "subsidiaryRemittance", "other"] }],
  g03: [{ total: "total", parts: ["basic", "project", "remittedToSuperior", "operating", "subsidiaryGrants"] }],
  g05: [{ total: "total", parts: ["basic", "project"] }],
  g08: [{ total: "expenditure", parts: ["basic", "project"] }],
  g09: [{ total: "total", parts: ["basic", "project"] }],
};

const shown = (value: unknown): bigint => (typeof value === "bigint" ? toWanHundredths(value as Fen) : 0n);

/** The coded rows that are the direct parts of `row` (合计 → 类, 类 → 款, 款 → 项). */
function childRows(rows: TableRow[], row: TableRow): TableRow[] {
  const next = { 合计: "类", 类: "款", 款: "项" } as const;
  const level = next[row.level as keyof typeof next];
  if (!level) return [];
  return rows.filter((r) => r.level === level && r.code !== undefined && (row.level === "合计" || r.code.startsWith(row.code ?? "\u0000")));
}

/**
 * True when some total of the table, as displayed, differs from the sum of its displayed parts:
 * in the coded tables (公开02/03/05/08/09) each 合计/类/款 row against its 类/款/项 rows in every
 * amount column, and each row's total column against its part columns; in 公开06 each block's
 * 合计 against its 类 lines. Computed from exact 分, each figure rounded once as the cells are.
 */
export function hasRoundingDifference(table: DisclosureTable): boolean {
  const amountColumns = table.columns.flatMap((c, i) => (c.kind === "amount" ? [i] : []));
  const index = (key: string) => table.columns.findIndex((c) => c.key === key);
  if (table.key === "g06") {
    const total = table.rows.find((r) => r.level === "合计");
    if (!total) return false;
    return [2, 5].some((col) => {
      const side = col === 2 ? 0 : 1;
      const classes = table.rows.filter((r) => r.blocks?.[side]?.level === "类");
      const items = table.rows.filter((r) => r.blocks?.[side]?.level === "款");
      const classSum = classes.reduce((a, r) => a + shown(r.values[col]), 0n);
      return classSum !== shown(total.values[col]) || classes.some((c) => {
        const code = c.blocks![side]!.code ?? "";
        return items.filter((r) => r.blocks![side]!.code?.startsWith(code)).reduce((a, r) => a + shown(r.values[col]), 0n) !== shown(c.values[col]);
      });
    });
  }
  if (!ROW_SUMS[table.key]) return false;
  for (const row of table.rows) {
    const children = childRows(table.rows, row);
    if (children.length > 0 && amountColumns.some((i) => children.reduce((a, r) => a + shown(r.values[i]), 0n) !== shown(row.values[i]))) return true;
    for (const { total, parts } of ROW_SUMS[table.key]!) {
      if (parts.reduce((a, key) => a + shown(row.values[index(key)]), 0n) !== shown(row.values[index(total)])) return true;
    }
  }
  return false;
}

/** Every table with its notes: provenance marks, then the 尾差 note where it applies. */
export function annotateTables(tables: DisclosureTable[], marks: readonly TProvenanceMark[] = []): DisclosureTable[] {
  return tables.map((table) => {
    const marked = markTable(table, marks);
    if (!hasRoundingDifference(marked)) return marked;
    const note: TableNote = { kind: "rounding", text: ROUNDING_NOTE };
    return { ...marked, notes: [...(marked.notes ?? []), note] };
  });
}

/** The tables that carry marks of a kind, for a report-level notice ("见公开03、公开05表下注"). */
export function markedTableIds(tables: DisclosureTable[], kind: ProvenanceKind): string[] {
  return tables.filter((t) => t.notes?.some((n) => n.kind === kind)).map((t) => t.id);
}
