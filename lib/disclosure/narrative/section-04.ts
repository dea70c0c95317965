/** 四、财政拨款收入支出决算总体情况说明: 财政拨款收、支总计, its change against last year, reason. */
import type { NarrativeSection } from "../model";
import { type SectionInput, section, yearLabel } from "./context";
import { becauseClause, changed, paragraph, wan, yearOnYearPhrase } from "./phrases";

export const SECTION_04_TITLE = "财政拨款收入支出决算总体情况说明";

export function section04({ pkg, totals: t, prior }: SectionInput): NarrativeSection {
  const priorTotal = prior?.fiscalGrandTotal ?? null;
  const yoy = yearOnYearPhrase(t.fiscalGrandTotal, priorTotal);
  const because = changed(t.fiscalGrandTotal, priorTotal) ? becauseClause(pkg.reasons.fiscalTotalChange) : "";
  const text = `${yearLabel(pkg)}财政拨款收、支总计${wan(t.fiscalGrandTotal)}${yoy === null ? "" : `，${yoy}${because}`}。`;
  return section(4, SECTION_04_TITLE, [paragraph(text)]);
}
