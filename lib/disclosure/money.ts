/**
 * Exact money. Every amount in the core is a bigint count of 分 (0.01 元); no `number` ever holds
 * an amount, so no binary floating point touches money. Formatting happens only at the edge.
 *
 * Rounding is half-up (half away from zero for negatives, which only differences can be),
 * applied once, to the exact value: 0.005 万元 → 0.01, 12.345% → 12.3% (tenths: 123.45 → 123).
 */

/** An amount in 分. The alias documents intent; it is a plain bigint. */
export type Fen = bigint;

export const ZERO: Fen = 0n;

const FEN_PER_YUAN = 100n;
/** 1 万元 = 10,000 元 = 1,000,000 分. */
const FEN_PER_WAN = 1_000_000n;

const AMOUNT_PATTERN = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * The common case without a regex or bigint arithmetic: amounts are read thousands of times per
 * render and this was the hottest function of the bench. Up to 15 significant digits (in 分) fit a
 * double exactly, so digits are accumulated in a number and converted once. Returns null whenever
 * the text is not plainly `-?digits(.d{1,2})?` within that size; the regex path then decides.
 */
function parseYuanFast(text: string): Fen | null {
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
      if (decimals >= 0 && ++decimals > 2) return null;
      acc = acc * 10 + (c - 48);
      digits++;
    } else if (c === 46 && decimals < 0 && digits > 0) {
      decimals = 0;
    } else {
      return null;
    }
  }
  if (digits === 0 || decimals === 0) return null;
  const scale = decimals < 0 ? 2 : 2 - decimals;
  if (digits + scale > 15) return null;
  const fen = scale === 2 ? acc * 100 : scale === 1 ? acc * 10 : acc;
  return BigInt(negative ? -fen : fen);
}

function parseYuanExact(match: RegExpExecArray): Fen {
  const [, sign, whole, fraction = ""] = match;
  const fen = BigInt(whole) * FEN_PER_YUAN + BigInt(fraction.padEnd(2, "0"));
  return sign === "-" ? -fen : fen;
}

/** Parses a package amount such as `"2189400.00"`, `"5"` or `"-0.5"` into 分. Throws on anything else. */
export function parseYuan(text: string): Fen {
  const fast = parseYuanFast(text);
  if (fast !== null) return fast;
  const match = AMOUNT_PATTERN.exec(text);
  if (!match) throw new Error(`不是有效的金额：${text}`);
  return parseYuanExact(match);
}

/** Like parseYuan, but returns null instead of throwing (for checks over unvalidated input). */
export function tryParseYuan(text: string): Fen | null {
  const fast = parseYuanFast(text);
  if (fast !== null) return fast;
  const match = AMOUNT_PATTERN.exec(text);
  return match ? parseYuanExact(match) : null;
}

/** 分 → the package's canonical string in 元 with exactly two decimals: 218940000n → "2189400.00". */
export function formatYuan(fen: Fen): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const whole = abs / FEN_PER_YUAN;
  const cents = (abs % FEN_PER_YUAN).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${whole}.${cents}`;
}

/** Integer division rounding half away from zero. `divisor` must be positive. */
export function divRoundHalfUp(dividend: bigint, divisor: bigint): bigint {
  if (divisor <= 0n) throw new Error("divisor must be positive");
  const negative = dividend < 0n;
  const abs = negative ? -dividend : dividend;
  const q = (abs * 2n + divisor) / (divisor * 2n);
  return negative ? -q : q;
}

/** 分 → hundredths of 万元, rounded half-up once: the integer a table cell shows (218.94 → 21894n). */
export function toWanHundredths(fen: Fen): bigint {
  return divRoundHalfUp(fen, FEN_PER_WAN / 100n);
}

function formatHundredths(hundredths: bigint, keepTrailingZeros: boolean): string {
  const negative = hundredths < 0n;
  const abs = negative ? -hundredths : hundredths;
  const whole = abs / 100n;
  let fraction = (abs % 100n).toString().padStart(2, "0");
  if (!keepTrailingZeros) fraction = fraction.replace(/0+$/, "");
  const sign = negative && abs !== 0n ? "-" : "";
  return fraction === "" ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

/** 万元 for the tables: always two decimals. 218940000n → "218.94"; 0n → "0.00". */
export function formatWanTable(fen: Fen): string {
  return formatHundredths(toWanHundredths(fen), true);
}

/** 万元 for the narrative: trailing zeros dropped. 213.90 → "213.9", 16.00 → "16", 0 → "0". */
export function formatWanNarrative(fen: Fen): string {
  return formatHundredths(toWanHundredths(fen), false);
}

/** 元 with thousands separators for input echoes: 1234.5 元 → "1,234.50". */
export function formatYuanGrouped(fen: Fen): string {
  const [whole, cents] = formatYuan(fen).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

/**
 * part / whole as tenths of a percent, rounded half-up: (202.94, 218.94) → 927n (92.7%).
 * Null when whole is zero: a share of a zero total has no percentage (shown as `0%`).
 */
export function percentTenths(part: Fen, whole: Fen): bigint | null {
  if (whole === 0n) return null;
  const negative = part < 0n !== whole < 0n && part !== 0n;
  const absPart = part < 0n ? -part : part;
  const absWhole = whole < 0n ? -whole : whole;
  const q = divRoundHalfUp(absPart * 1000n, absWhole);
  return negative ? -q : q;
}

/** Tenths of a percent → text that always shows one decimal: 927n → "92.7%", 1000n → "100.0%". */
export function formatPercentTenths(tenths: bigint): string {
  const negative = tenths < 0n;
  const abs = negative ? -tenths : tenths;
  return `${negative ? "-" : ""}${abs / 10n}.${abs % 10n}%`;
}

/** A share as the narrative prints it: one decimal always; a share of a zero total is `0%`. */
export function formatShare(part: Fen, whole: Fen): string {
  const tenths = percentTenths(part, whole);
  return tenths === null ? "0%" : formatPercentTenths(tenths);
}

/** Σ of amounts. */
export function sum(values: Iterable<Fen>): Fen {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** Absolute value. */
export function abs(value: Fen): Fen {
  return value < 0n ? -value : value;
}

/**
 * A year-on-year (or budget-vs-actual) comparison, computed once from exact values.
 * `percentTenths` is the change relative to the base, null when the base is zero.
 */
export interface Change {
  direction: "increase" | "decrease" | "flat";
  amount: Fen; // absolute difference, ≥ 0
  percentTenths: bigint | null; // |difference| / base, ≥ 0; null for a zero base
}

export function compare(current: Fen, base: Fen): Change {
  const difference = current - base;
  const direction = difference > 0n ? "increase" : difference < 0n ? "decrease" : "flat";
  return {
    direction,
    amount: abs(difference),
    percentTenths: base === 0n ? null : percentTenths(abs(difference), abs(base)),
  };
}
