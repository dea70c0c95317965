/** 八、政府性基金预算收入支出决算情况 (公开08): figures and use, or the reference's "没有" sentence. */
import type { NarrativeSection } from "../model";
import { parseYuan } from "../money";
import { type SectionInput, section, yearLabel } from "./context";
import { fundBlocks, fundHasData } from "./fund";
import { paragraph } from "./phrases";

export const SECTION_08_TITLE = "政府性基金预算收入支出决算情况";
export const NO_GOVERNMENT_FUND = "本单位没有政府性基金收入，也没有使用政府性基金安排的支出。";

export function section08({ pkg, totals: t, codes }: SectionInput): NarrativeSection {
  const gf = t.governmentFund;
  const figures = { openingCarryover: gf.openingCarryover, income: gf.income, basic: gf.basic, project: gf.project, closingCarryover: gf.closingCarryover };
  // 公开08's rows are the detail; `fiscal.governmentFund` (公开04) must agree with them (check R5).
  // Either being non-zero means the unit has such money, so the "没有" sentence would be false.
  const fiscalHas = t.fiscal.income.governmentFund !== 0n || t.fiscal.openingCarryover.governmentFund !== 0n || t.fiscal.closingCarryover.governmentFund !== 0n;
  if (!fundHasData(figures) && !fiscalHas) return section(8, SECTION_08_TITLE, [paragraph(NO_GOVERNMENT_FUND)]);
  const uses = pkg.governmentFund.map((r) => ({ code: r.code, amount: parseYuan(r.basic) + parseYuan(r.project) }));
  return section(8, SECTION_08_TITLE, fundBlocks(yearLabel(pkg), "政府性基金预算财政拨款", figures, uses, codes));
}
