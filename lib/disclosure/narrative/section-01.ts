/**
 * 一、收入支出决算总体情况说明: 收、支总计 with what it contains, then the change against last
 * year's 总计 and its reason.
 */
import type { NarrativeSection } from "../model";
import { type SectionInput, section, yearLabel } from "./context";
import { becauseClause, changed, paragraph, wan, yearOnYearPhrase } from "./phrases";

export const SECTION_01_TITLE = "收入支出决算总体情况说明";

export function section01({ pkg, totals: t, prior }: SectionInput): NarrativeSection {
  // The reference names 年初结转和结余 and 年末结转和结余 even when they are the only parts; the
  // other two balance items appear only when non-zero so small units read as in the reference.
  const incomeParts = [
    ...(t.nonFiscalBalanceUsed !== 0n ? [`使用非财政拨款结余${wan(t.nonFiscalBalanceUsed)}`] : []),
    `年初结转和结余${wan(t.openingCarryover)}`,
  ];
  const expenditureParts = [...(t.surplusDistribution !== 0n ? [`结余分配${wan(t.surplusDistribution)}`] : []), `年末结转和结余${wan(t.closingCarryover)}`];
  let text = `${yearLabel(pkg)}收、支总计${wan(t.grandTotal)}` + `（收入总计含${incomeParts.join("、")}，支出总计含${expenditureParts.join("、")}）。`;

  const priorTotal = prior?.grandTotal ?? null;
  const yoy = yearOnYearPhrase(t.grandTotal, priorTotal);
  if (yoy !== null) {
    text += `${yoy}${changed(t.grandTotal, priorTotal) ? becauseClause(pkg.reasons.grandTotalChange) : ""}。`;
  }
  return section(1, SECTION_01_TITLE, [paragraph(text)]);
}
