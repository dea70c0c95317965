/**
 * 六、一般公共预算财政拨款基本支出决算情况说明 (公开06): 人员经费 and 公用经费 with their shares of
 * 基本支出, each followed by the names of its non-zero economic 款, in code order.
 */
import type { CodeSet } from "../codes";
import type { NarrativeSection } from "../model";
import { parseYuan, type Fen } from "../money";
import type { TEconomicRow } from "../package";
import { byCode, ecName, type SectionInput, section, yearLabel } from "./context";
import { paragraph, share, wan } from "./phrases";

export const SECTION_06_TITLE = "一般公共预算财政拨款基本支出决算情况说明";

/** Names of the non-zero codes of one block, in code order, without repeats. */
export function economicNames(codes: CodeSet | null, rows: readonly TEconomicRow[]): string[] {
  const names: string[] = [];
  for (const row of [...rows].sort(byCode)) {
    if (parseYuan(row.amount) === 0n) continue;
    const name = ecName(codes, row.code);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function blockPhrase(label: string, amount: Fen, base: Fen, names: string[]): string {
  const head = `${label}${wan(amount)}，占基本支出的${share(amount, base)}`;
  return names.length === 0 ? head : `${head}，主要包括${names.join("、")}`;
}

export function section06({ pkg, totals: t, codes }: SectionInput): NarrativeSection {
  // The headline is 公开05's 基本支出; shares are of that same figure (check R7 keeps 公开06 equal to it).
  const basic = t.generalBudget.basic;
  const personnel = blockPhrase("人员经费", t.basicExpenditure.personnel, basic, economicNames(codes, pkg.basicExpenditure.personnel));
  const publicCosts = blockPhrase("公用经费", t.basicExpenditure.public, basic, economicNames(codes, pkg.basicExpenditure.public));
  const text = `${yearLabel(pkg)}一般公共预算财政拨款基本支出${wan(basic)}，其中：${personnel}；${publicCosts}。`;
  return section(6, SECTION_06_TITLE, [paragraph(text)]);
}
