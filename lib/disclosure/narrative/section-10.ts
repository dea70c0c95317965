/** 十、{year}年度预算绩效情况说明: the clerk's performance summary, then the pointer to Part 5. */
import type { NarrativeSection } from "../model";
import { type SectionInput, section } from "./context";
import { freeTextParagraphs, paragraph } from "./phrases";

export const PERFORMANCE_REPORT_POINTER = "部门整体支出绩效评价报告详见第五部分。";

export function section10Title(year: number): string {
  return `${year}年度预算绩效情况说明`;
}

export function section10({ pkg }: SectionInput): NarrativeSection {
  const blocks = [...freeTextParagraphs(pkg.performance.summary).map(paragraph), paragraph(PERFORMANCE_REPORT_POINTER)];
  return section(10, section10Title(pkg.year), blocks);
}
