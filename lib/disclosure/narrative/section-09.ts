/**
 * 九、国有资本经营预算支出决算情况 (公开09): figures and use, or the reference's "没有" sentence.
 * 公开09 holds only spending; income and carryovers come from the state-capital column of 公开04.
 */
import type { NarrativeSection } from "../model";
import { parseYuan } from "../money";
import { type SectionInput, section, yearLabel } from "./context";
import { fundBlocks, fundHasData } from "./fund";
import { paragraph } from "./phrases";

export const SECTION_09_TITLE = "国有资本经营预算支出决算情况";
export const NO_STATE_CAPITAL = "本单位没有使用国有资本经营预算安排的支出。";

export function section09({ pkg, totals: t, codes }: SectionInput): NarrativeSection {
  const figures = {
    openingCarryover: t.fiscal.openingCarryover.stateCapital,
    income: t.fiscal.income.stateCapital,
    basic: t.stateCapital.basic,
    project: t.stateCapital.project,
    closingCarryover: t.fiscal.closingCarryover.stateCapital,
  };
  if (!fundHasData(figures)) return section(9, SECTION_09_TITLE, [paragraph(NO_STATE_CAPITAL)]);
  const uses = pkg.stateCapital.map((r) => ({ code: r.code, amount: parseYuan(r.basic) + parseYuan(r.project) }));
  return section(9, SECTION_09_TITLE, fundBlocks(yearLabel(pkg), "国有资本经营预算财政拨款", figures, uses, codes));
}
