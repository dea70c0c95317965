/**
 * What a clerk may type into an amount field (元, as the official software takes it):
 * `1234.5`, `1,234.50`, `-12` (a negative is accepted here and flagged by check rule 1).
 * Anything else is refused at the field. Pure: used by the editor and by the XLSX import.
 */
import { formatYuan, parseYuan } from "@/lib/disclosure/money";

const INPUT = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const MAX_WHOLE_DIGITS = 14;

export type AmountInputResult = { ok: true; value: string } | { ok: false; message: string };

export const AMOUNT_INPUT_HINT = "请输入以元为单位的金额，例如 1,234.50（最多两位小数）";

/** Parses typed text into the package's canonical amount ("1234.50"); blank means zero. */
export function parseAmountInput(raw: string): AmountInputResult {
  const text = raw.trim().replace(/，/g, ",").replace(/．/g, ".");
  if (text === "") return { ok: true, value: "0.00" };
  const match = INPUT.exec(text);
  if (!match) return { ok: false, message: AMOUNT_INPUT_HINT };
  const [, sign, whole, fraction] = match;
  const digits = whole.replace(/,/g, "");
  if (digits.replace(/^0+/, "").length > MAX_WHOLE_DIGITS) return { ok: false, message: "金额过大，请检查是否多输入了数字" };
  const canonical = `${sign}${digits}${fraction === undefined ? "" : `.${fraction}`}`;
  return { ok: true, value: formatYuan(parseYuan(canonical)) };
}
