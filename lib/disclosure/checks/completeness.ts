/**
 * Completeness and staleness.
 * R10 (blocking): a report whose 本年收入合计 and 本年支出合计 are both zero has nothing to disclose;
 *   usually the figures were never entered or the import missed them.
 * W5 (warning): a text still exactly as carried over from last year's published package
 *   ("沿用上年，请核对"; see ../carry-over), unless the platform writes it (a department's
 *   决算单位构成, generated from the unit tree: the same members give the same sentence every year).
 * W6 (warning): a text that names an earlier year as the report's own ("2020年度", "本年（2020年）")
 *   — typically a heading copied from last year's 绩效自评报告. Comparisons ("与2020年度相比") are
 *   not flagged.
 */
import { CARRIED_FIELDS, carriedTexts, currentCarriedTexts } from "../carry-over";
import type { CheckResult } from "../model";
import type { TPackage } from "../package";
import type { CheckContext } from "./context";
import { result } from "./format";
import { textFields } from "./text-fields";

export function checkNotEmpty(ctx: CheckContext): CheckResult[] {
  const t = ctx.totals;
  if (t.incomeTotal !== 0n || t.expenditureTotal !== 0n) return [];
  const msg = "本年收入合计和本年支出合计都为0，报告没有可公开的收支，不能提交：请在“收入（公开02）”和“支出（公开03）”中填报本年的收入和支出（或导入决算数据）";
  return [result("R10", "error", msg, { table: "g01", row: "本年收入合计", column: "金额", path: "income" })];
}

export const CARRIED_MARK = "沿用上年，请核对";

/** `generated`: paths the platform writes (never the author's), never marked. */
export function checkCarriedOver(pkg: TPackage, previous: TPackage | null | undefined, generated: readonly string[] = []): CheckResult[] {
  if (!previous || previous.year >= pkg.year) return [];
  const carried = carriedTexts(previous, pkg.year);
  const now = currentCarriedTexts(pkg);
  const marked = CARRIED_FIELDS.filter((f) => !generated.includes(f.path));
  return marked
    .filter((f) => f.pick(now).trim() !== "" && f.pick(now) === f.pick(carried))
    .map((f) => result("W5", "warning", `${f.label}：${CARRIED_MARK}（与上年报告相同，如无变化可忽略本提示）`, { path: f.path }));
}

/** A year before `year` written as the report's own year; null when the text names none. */
export function staleYearMention(text: string, year: number): string | null {
  const ownYear = /本年度?\s*[（(]\s*(\d{4})\s*年?度?\s*[）)]/g;
  for (const m of text.matchAll(ownYear)) if (Number(m[1]) < year) return m[0];
  // "本年2020年收入…", "本年度2020年…": 本年 naming a year other than the report's.
  const ownYearBare = /本年度?\s*(\d{4})\s*年/g;
  for (const m of text.matchAll(ownYearBare)) if (Number(m[1]) < year) return m[0];
  // A heading or paragraph that opens with an earlier year ("2020年部门整体支出绩效自评报告"); a date
  // ("2020年12月31日") is not a heading.
  const opening = /^[\s#>*]*(\d{4})\s*年(?![度\d\s])/gm;
  for (const m of text.matchAll(opening)) {
    const y = Number(m[1]);
    if (y < year && y >= 1990) return m[0].replace(/^[\s#>*]+/, "");
  }
  const yearDu = /(\d{4})\s*年度/g;
  for (const m of text.matchAll(yearDu)) {
    const y = Number(m[1]);
    if (y >= year || y < 1990) continue;
    // "与2020年度相比", "比2020年度", "较2020年度", "上年（2020年度）": a comparison, not a stale heading.
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (/[与比较同自从至上]|截至|相对/.test(before)) continue;
    return m[0];
  }
  return null;
}

export function checkStaleYears(ctx: CheckContext): CheckResult[] {
  const year = ctx.pkg.year;
  const out: CheckResult[] = [];
  for (const field of textFields(ctx.pkg, ctx.codes)) {
    const hit = staleYearMention(field.text, year);
    if (!hit) continue;
    out.push(result("W6", "warning", `${field.label}写的是“${hit.trim()}”，本报告是${year}年度的，请核对是否沿用了上年的文字`, { path: field.path }));
  }
  return out;
}
