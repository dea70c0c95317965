const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/**
 * 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一: the numbering of sections, subsections, table lines and
 * the glossary. Beyond 99 (never reached by a report) it falls back to Arabic digits.
 */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 === 0 ? "" : DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : DIGITS[n % 10]}`;
  return String(n);
}
