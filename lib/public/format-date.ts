import { chinaDate } from "./timeliness";

/** 2021-09-28 → 2021年9月28日, in China time. */
export function formatChineseDate(instant: Date): string {
  const [y, m, d] = chinaDate(instant).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
