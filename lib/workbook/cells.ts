/**
 * Cell conversions between package values and XLSX cells. Amounts stay exact: a canonical
 * amount that a double holds exactly (≤ 15 digits) is written as a number so that the clerk
 * sees a number; any other amount string is written as text, verbatim, so that
 * package → xlsx → package gives back the same string.
 */
import { formatYuan, parseYuan } from "@/lib/disclosure/money";
import { parseAmountInput } from "@/lib/workspace/amount-input";

export type CellInput = string | number | boolean | Date | null | undefined | { [key: string]: unknown };

export type Converted<T> = { ok: true; value: T } | { ok: false; message: string };

const CANONICAL = /^-?\d+\.\d{2}$/;
const PACKAGE_AMOUNT = /^-?\d{1,14}(\.\d{1,2})?$/;

/** The value written for an amount. */
export function amountToCell(amount: string): string | number {
  const digits = amount.replace(/[-.]/g, "").replace(/^0+/, "");
  const negativeZero = amount.startsWith("-") && parseYuan(amount) === 0n;
  if (CANONICAL.test(amount) && digits.length <= 15 && !negativeZero) return Number(amount);
  return amount;
}

/** Rich text, formulas and hyperlinks come back from ExcelJS as objects: take what they show. */
export function plainCell(value: CellInput): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((part: { text?: string }) => part.text ?? "").join("");
  }
  if ("result" in value) return plainCell(value.result as CellInput);
  if ("text" in value) return String(value.text);
  return null;
}

export function cellToAmount(value: CellInput): Converted<string> {
  const plain = plainCell(value);
  if (plain === null) return { ok: true, value: "0.00" };
  if (typeof plain === "number") {
    const text = String(plain);
    if (!Number.isFinite(plain) || /e/i.test(text)) return { ok: false, message: "金额不是有效的数字" };
    const parsed = parseAmountInput(text);
    return parsed.ok ? { ok: true, value: formatYuan(parseYuan(parsed.value)) } : parsed;
  }
  const text = plain.trim();
  // A package amount typed or exported as text is kept exactly as it is.
  if (PACKAGE_AMOUNT.test(text)) return { ok: true, value: text };
  return parseAmountInput(text);
}

export function cellToCount(value: CellInput): Converted<number> {
  const plain = plainCell(value);
  if (plain === null) return { ok: true, value: 0 };
  const number = typeof plain === "number" ? plain : /^\s*-?\d+\s*$/.test(plain) ? Number(plain) : NaN;
  if (!Number.isSafeInteger(number)) return { ok: false, message: "数量必须是整数" };
  return { ok: true, value: number };
}

export function cellToCode(value: CellInput): Converted<string | null> {
  const plain = plainCell(value);
  if (plain === null || String(plain).trim() === "") return { ok: true, value: null };
  const text = typeof plain === "number" ? String(plain) : plain.trim();
  if (!/^\d{1,10}$/.test(text)) return { ok: false, message: "科目编码只能包含数字" };
  return { ok: true, value: text };
}

/** Text cells: blank is "" for required text and absent for optional text. */
export function cellToText(value: CellInput, optional: boolean): string | undefined {
  const plain = plainCell(value);
  if (plain === null) return optional ? undefined : "";
  return String(plain);
}
