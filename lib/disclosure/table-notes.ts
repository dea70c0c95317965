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

/** Sums that a table states across its columns, per row: a total column and its parts. */
const ROW_SUMS: Partial<Record<DisclosureTable["key"], { total: string; parts: string[] }[]>> = {
  g02: [{ total: "total", parts: ["fiscal", "superiorSubsidy", "business", "operating", "subsidiaryRemittance", "other"] }],
  g03: [{ total: "total", parts: ["basic", "project", "remittedToSuperior", "operating", "subsidiaryGrants"] }],
  g04: [{ total: "expenditureTotal", parts: ["generalBudget", "governmentFund", "stateCapital"] }],
  g05: [{ total: "total", parts: ["basic", "project"] }],
  g07: [
    { total: "budgetTotal", parts: ["budgetOutbound", "budgetVehicle", "budgetReception"] },
    { total: "budgetVehicle", parts: ["budgetVehiclePurchase", "budgetVehicleOperation"] },
    { total: "actualTotal", parts: ["actualOutbound", "actualVehicle", "actualReception"] },
    { total: "actualVehicle", parts: ["actualVehiclePurchase", "actualVehicleOperation"] },
  ],
  g08: [{ total: "expenditure", parts: ["basic", "project"] }],
  g09: [{ total: "total", parts: ["basic", "project"] }],
};

/**
 * Sums that the balance tables (公开01, 公开04) state down a side, named by the lines' labels:
 * 本年收入合计 is the lines above it, 总计 is 本年收入合计 and the carry-over lines. `side` is the
 * block (0 income, 1 expenditure) whose label names the line; `columns` the amounts it applies to.
 */
interface LineSum {
  side: 0 | 1;
  columns: string[];
  total: string;
  parts: string[] | "linesAbove";
}

const G04_EXPENDITURE = ["expenditureTotal", "generalBudget", "governmentFund", "stateCapital"];

const LINE_SUMS: Partial<Record<DisclosureTable["key"], LineSum[]>> = {
  g01: [
    { side: 0, columns: ["incomeAmount"], total: "本年收入合计", parts: "linesAbove" },
    { side: 0, columns: ["incomeAmount"], total: "总计", parts: ["本年收入合计", "使用非财政拨款结余", "年初结转和结余"] },
    { side: 1, columns: ["expenditureAmount"], total: "本年支出合计", parts: "linesAbove" },
    { side: 1, columns: ["expenditureAmount"], total: "总计", parts: ["本年支出合计", "结余分配", "年末结转和结余"] },
  ],
  g04: [
    { side: 0, columns: ["incomeAmount"], total: "本年收入合计", parts: "linesAbove" },
    { side: 0, columns: ["incomeAmount"], total: "总计", parts: ["本年收入合计", "年初财政拨款结转和结余"] },
    {
      side: 0,
      columns: ["incomeAmount"],
      total: "年初财政拨款结转和结余",
      parts: ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
    },
    { side: 1, columns: G04_EXPENDITURE, total: "本年支出合计", parts: "linesAbove" },
    { side: 1, columns: G04_EXPENDITURE, total: "总计", parts: ["本年支出合计", "年末财政拨款结转和结余"] },
  ],
};

const fen = (value: unknown): bigint => (typeof value === "bigint" ? value : 0n);
/** A figure as the table shows it, in 0.01 万元 (each cell rounded on its own, as printed). */
const shown = (value: unknown): bigint => (typeof value === "bigint" ? toWanHundredths(value as Fen) : 0n);

/**
 * 尾差 proper: the parts add up to the total in exact 分, but not as printed. A total that does not
 * add up exactly is a data error the checks report, not something a rounding note may excuse.
 */
function differsByRounding(total: unknown, parts: readonly unknown[]): boolean {
  const exact = parts.reduce<bigint>((a, v) => a + fen(v), 0n) === fen(total);
  return exact && parts.reduce<bigint>((a, v) => a + shown(v), 0n) !== shown(total);
}

/** The coded rows that are the direct parts of `row` (合计 → 类, 类 → 款, 款 → 项). */
function childRows(rows: TableRow[], row: TableRow): TableRow[] {
  const next = { 合计: "类", 类: "款", 款: "项" } as const;
  const level = next[row.level as keyof typeof next];
  if (!level) return [];
  return rows.filter((r) => r.level === level && r.code !== undefined && (row.level === "合计" || r.code.startsWith(row.code ?? "\u0000")));
}

/** 公开06: each block's 合计 against its 类 lines, each 类 against its 款 lines. */
function basicExpenditureDiffers(table: DisclosureTable): boolean {
  const total = table.rows.find((r) => r.level === "合计");
  if (!total) return false;
  return [2, 5].some((col) => {
    const side = col === 2 ? 0 : 1;
    const classes = table.rows.filter((r) => r.blocks?.[side]?.level === "类");
    const items = table.rows.filter((r) => r.blocks?.[side]?.level === "款");
    return (
      differsByRounding(
        total.values[col],
        classes.map((r) => r.values[col]),
      ) ||
      classes.some((c) => {
        const code = c.blocks![side]!.code ?? "";
        return differsByRounding(
          c.values[col],
          items.filter((r) => r.blocks![side]!.code?.startsWith(code)).map((r) => r.values[col]),
        );
      })
    );
  });
}

/** 公开01/04: every LINE_SUMS total against its lines, in each of its columns. */
function lineSumsDiffer(table: DisclosureTable): boolean {
  const index = (key: string) => table.columns.findIndex((c) => c.key === key);
  return (LINE_SUMS[table.key] ?? []).some(({ side, columns, total, parts }) => {
    const at = table.rows.findIndex((r) => r.blocks?.[side]?.name === total);
    if (at < 0) return false;
    const lines =
      parts === "linesAbove"
        ? table.rows.slice(0, at).filter((r) => r.blocks?.[side]?.level === "item")
        : table.rows.filter((r) => parts.includes(r.blocks?.[side]?.name ?? ""));
    return columns.some((key) =>
      differsByRounding(
        table.rows[at].values[index(key)],
        lines.map((r) => r.values[index(key)]),
      ),
    );
  });
}

/** The coded tables' 合计/类/款 rows against their 类/款/项 rows, and every row's ROW_SUMS. */
function rowSumsDiffer(table: DisclosureTable): boolean {
  const amountColumns = table.columns.flatMap((c, i) => (c.kind === "amount" ? [i] : []));
  const index = (key: string) => table.columns.findIndex((c) => c.key === key);
  const sums = ROW_SUMS[table.key] ?? [];
  return table.rows.some((row) => {
    const children = childRows(table.rows, row);
    if (
      children.length > 0 &&
      amountColumns.some((i) =>
        differsByRounding(
          row.values[i],
          children.map((r) => r.values[i]),
        ),
      )
    )
      return true;
    return sums.some(({ total, parts }) =>
      differsByRounding(
        row.values[index(total)],
        parts.map((key) => row.values[index(key)]),
      ),
    );
  });
}

/**
 * True when some total of the table, as displayed, differs from the sum of its displayed parts:
 * in the coded tables (公开02/03/05/08/09) each 合计/类/款 row against its 类/款/项 rows in every
 * amount column; in every table with a total column (公开02/03/04/05/07/08/09) each row's total
 * against its part columns; in 公开01/04 本年收入合计, 本年支出合计 and 总计 against their lines; in
 * 公开06 each block's 合计 against its 类 lines. Computed from exact 分, each figure rounded once
 * as the cells are, and only where the exact figures do add up. Every rendering (page, preview, PDF, API) prints the note from this answer.
 */
export function hasRoundingDifference(table: DisclosureTable): boolean {
  if (table.key === "g06") return basicExpenditureDiffers(table);
  return lineSumsDiffer(table) || rowSumsDiffer(table);
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
