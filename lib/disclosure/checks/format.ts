/**
 * How a check states amounts and builds its result. A message shows every amount of one check in
 * the same unit: 万元 (two decimals, as the tables print) when all of them are whole hundreds of
 * 元, else 元 to the 分 — so a difference of 0.01 元 is never printed as "相差0.00万元".
 */
import { abs, formatWanTable, formatYuanGrouped, type Fen } from "../money";
import type { CheckResult, CheckSide, Severity, TableKey } from "../model";

const FEN_PER_HUNDREDTH_WAN = 10_000n;

/** Formats amounts that appear together, in one shared unit. */
export function amountsText(values: readonly Fen[]): string[] {
  const wan = values.every((v) => v % FEN_PER_HUNDREDTH_WAN === 0n);
  return values.map((v) => (wan ? `${formatWanTable(v)}万元` : `${formatYuanGrouped(v)}元`));
}

export function side(label: string, amount: Fen): CheckSide {
  return { label, amount };
}

export interface Located {
  table?: TableKey;
  row?: string;
  column?: string;
  path?: string;
}

export function result(rule: string, severity: Severity, message: string, where: Located, left?: CheckSide, right?: CheckSide): CheckResult {
  const out: CheckResult = { rule, severity, message };
  if (where.table) out.table = where.table;
  if (where.row !== undefined) out.row = where.row;
  if (where.column !== undefined) out.column = where.column;
  if (left) out.left = left;
  if (right) out.right = right;
  if (where.path !== undefined) out.path = where.path;
  return out;
}

/**
 * The broken equation `left = right` (or `left ≤ right`), worded as
 * `{prefix}：{left.label} = X，{right.label} = Y，相差Z`.
 */
export function equationMessage(prefix: string, left: CheckSide, right: CheckSide): string {
  const [l, r, d] = amountsText([left.amount, right.amount, abs(left.amount - right.amount)]);
  return `${prefix}：${left.label} = ${l}，${right.label} = ${r}，相差${d}`;
}

/** A blocking equation check: null when it holds. */
export function equation(rule: string, prefix: string, where: Located, left: CheckSide, right: CheckSide): CheckResult | null {
  if (left.amount === right.amount) return null;
  return result(rule, "error", equationMessage(prefix, left, right), where, left, right);
}

/** Is a free-text reason actually written (not absent, not blank)? */
export function present(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== "";
}
