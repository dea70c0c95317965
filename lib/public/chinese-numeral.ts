const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 11 → 十一: the numbering of the report's sections and glossary. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 === 0 ? "" : DIGITS[n % 10]}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : DIGITS[n % 10]}`;
}
