/**
 * Shared phrases of Part 3 (情况说明). Every figure goes through here, so the format rules of
 * docs/DISCLOSURE.md ("Figures and their format in the narrative") live in one place:
 * amounts in 万元 rounded half-up to two decimals with trailing zeros dropped, percentages
 * half-up to one decimal, every figure from exact 分.
 */
import type { NarrativeBlock } from "../model";
import { compare, formatPercentTenths, formatShare, formatWanNarrative, percentTenths, type Fen } from "../money";

/** `218.94万元`, `16万元`, `0万元`. */
export function wan(fen: Fen): string {
  return `${formatWanNarrative(fen)}万元`;
}

/** A share with one decimal; a share of a zero total is `0%`. */
export function share(part: Fen, whole: Fen): string {
  return formatShare(part, whole);
}

/** Words for a change. The narrative uses two vocabularies (see ChangeWords below). */
export interface ChangeWords {
  increase: string; // 增加
  increaseRate: string; // 增长
  decrease: string; // 减少
  decreaseRate: string; // 减少 (§1, §4, §5, §7) or 降低 (§11)
}

/** §1, §4, §5, §7: 增加X万元，增长Y% / 减少X万元，减少Y%. */
export const YEAR_ON_YEAR_WORDS: ChangeWords = { increase: "增加", increaseRate: "增长", decrease: "减少", decreaseRate: "减少" };

/** §11: 增加X万元，增长Y% / 减少X万元，降低Y%. */
export const SECTION_11_WORDS: ChangeWords = { increase: "增加", increaseRate: "增长", decrease: "减少", decreaseRate: "降低" };

/**
 * `增加5万元，增长12.5%` / `减少3.98万元，减少1.8%`; null when equal (callers word 持平 themselves,
 * because the subject differs). A change against a zero base has no percentage: `增加5万元`.
 */
export function changeAmountPhrase(current: Fen, base: Fen, words: ChangeWords): string | null {
  const change = compare(current, base);
  if (change.direction === "flat") return null;
  const [verb, rateVerb] = change.direction === "increase" ? [words.increase, words.increaseRate] : [words.decrease, words.decreaseRate];
  const amount = `${verb}${wan(change.amount)}`;
  return change.percentTenths === null ? amount : `${amount}，${rateVerb}${formatPercentTenths(change.percentTenths)}`;
}

/**
 * Year-on-year for §1, §4, §5, §7: `与上年相比，[subject]减少3.98万元，减少1.8%` or `与上年持平`.
 * Null when last year's figure is unknown: then no comparison is printed at all, rather than a
 * sentence claiming a change against nothing.
 */
export function yearOnYearPhrase(current: Fen, prior: Fen | null, subject = ""): string | null {
  if (prior === null) return null;
  const change = changeAmountPhrase(current, prior, YEAR_ON_YEAR_WORDS);
  return change === null ? "与上年持平" : `与上年相比，${subject}${change}`;
}

/** True when a year-on-year comparison exists and shows a change (so a reason belongs after it). */
export function changed(current: Fen, prior: Fen | null): boolean {
  return prior !== null && current !== prior;
}

/** `完成年初预算的93.7%`, only when both budget and actual are non-zero. */
export function completionPhrase(budget: Fen, actual: Fen): string | null {
  if (budget === 0n || actual === 0n) return null;
  const tenths = percentTenths(actual, budget);
  return tenths === null ? null : `完成年初预算的${formatPercentTenths(tenths)}`;
}

const TRAILING_PUNCTUATION = /[\s。；，、：！？,.;:!?]+$/u;
/** Lead-ins a clerk may type although the template already says them. */
const REDUNDANT_LEAD_INS = [/^主要是因为/u, /^主要原因是[：:]?/u, /^原因是[：:]?/u];

/**
 * Free text made ready to sit inside a template sentence: line breaks joined (a reason is one
 * clause; a block never holds a newline), trimmed, trailing punctuation removed (the template
 * closes the sentence itself, so it is never doubled). Null when nothing is left.
 */
export function cleanText(text: string | null | undefined): string | null {
  if (text == null) return null;
  const out = text
    .replace(/\s*[\r\n]+\s*/g, "")
    .trim()
    .replace(TRAILING_PUNCTUATION, "");
  return out === "" ? null : out;
}

/**
 * A clerk's free text made ready to sit inside a template sentence: trimmed, with trailing
 * punctuation removed (the template adds its own, so it is never doubled) and a lead-in that
 * repeats the template's own words dropped. Null when nothing is left.
 */
export function cleanReason(text: string | null | undefined): string | null {
  if (text == null) return null;
  let out = text.trim();
  for (const lead of REDUNDANT_LEAD_INS) out = out.replace(lead, "").trim();
  return cleanText(out);
}

/** A free-text sentence with exactly one closing 。 (keeps a closing ！？ or quote as typed). */
export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/[\s，、：,;:；]+$/u, "");
  if (trimmed === "") return "";
  return /[。！？!?”」』）)]$/u.test(trimmed) ? trimmed : `${trimmed}。`;
}

/** `，主要是因为X` or nothing when the reason is missing (never `主要是因为。`). */
export function becauseClause(reason: string | null | undefined): string {
  const cleaned = cleanReason(reason);
  return cleaned === null ? "" : `，主要是因为${cleaned}`;
}

/**
 * Budget vs actual (§5): `决算数大于年初预算数的主要原因是：X` / `…小于…` / `决算数与年初预算数持平`.
 * Without a reason the comparison is still stated, without the 的主要原因是 clause.
 */
export function budgetComparisonPhrase(budget: Fen, actual: Fen, reason: string | null | undefined): string {
  if (actual === budget) return "决算数与年初预算数持平";
  const relation = actual > budget ? "大于" : "小于";
  const cleaned = cleanReason(reason);
  return cleaned === null ? `决算数${relation}年初预算数` : `决算数${relation}年初预算数的主要原因是：${cleaned}`;
}

/** Free text split into paragraphs: one per non-empty line, each closed with 。 when unclosed. */
export function freeTextParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map(asSentence);
}

export function heading(text: string): NarrativeBlock {
  return { kind: "heading", text };
}

export function paragraph(text: string): NarrativeBlock {
  return { kind: "paragraph", text };
}

export { chineseNumeral } from "../numerals";
import { chineseNumeral } from "../numerals";

/** `（一）` for subsection headings. */
export function subsectionMark(n: number): string {
  return `（${chineseNumeral(n)}）`;
}
