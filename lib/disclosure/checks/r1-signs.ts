/**
 * R1: every amount non-negative with at most two decimals, every count a non-negative integer.
 * The schema already enforces the form (decimal text, ≤ 2 places, integer counts) but allows a
 * sign, so a draft with a negative can still be saved; this rule is what blocks it.
 */
import { formatYuanGrouped, tryParseYuan } from "../money";
import type { CheckResult } from "../model";
import type { CheckContext } from "./context";
import { numericFields } from "./fields";
import { result, side } from "./format";

/**
 * Cheap pre-scan: can any value be negative? Labelling every field (paths, names) costs more than
 * the rest of the checks together, and almost every package has no negative at all. A text field
 * that happens to start with "-" only sends us to the exact walk below, which finds nothing.
 */
function mayHaveNegative(value: unknown): boolean {
  if (typeof value === "string") return value.charCodeAt(0) === 45;
  if (typeof value === "number") return value < 0 || !Number.isInteger(value);
  if (Array.isArray(value)) return value.some(mayHaveNegative);
  if (value !== null && typeof value === "object") {
    for (const key in value) if (mayHaveNegative((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

export function checkSigns(ctx: CheckContext): CheckResult[] {
  const out: CheckResult[] = [];
  if (!mayHaveNegative(ctx.pkg)) return out;
  for (const f of numericFields(ctx.pkg, ctx.codes)) {
    const where = { table: f.table, row: f.row, column: f.column, path: f.path };
    const at = `${f.place}${f.row ? ` ${f.row}` : ""}“${f.column}”`;
    if (f.kind === "count") {
      const n = f.value as number;
      if (!Number.isInteger(n) || n < 0) out.push(result("R1", "error", `${at}为${n}，数量必须是不小于0的整数`, where));
      continue;
    }
    const fen = tryParseYuan(String(f.value));
    if (fen === null) {
      out.push(result("R1", "error", `${at}“${String(f.value)}”不是有效金额，应为最多两位小数的数字`, where));
    } else if (fen < 0n) {
      out.push(result("R1", "error", `${at}为${formatYuanGrouped(fen)}元，金额不能为负数`, where, side(f.column, fen), side("0", 0n)));
    }
  }
  return out;
}
