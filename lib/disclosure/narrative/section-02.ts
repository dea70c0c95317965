/** 二、收入决算情况说明: 本年收入合计 and each non-zero source with its share. */
import type { IncomeBySource } from "../figures";
import type { NarrativeSection } from "../model";
import { type SectionInput, section } from "./context";
import { paragraph, share, wan } from "./phrases";

export const SECTION_02_TITLE = "收入决算情况说明";

/** The sources in 公开02 column order, with the names the report uses. */
export const INCOME_SOURCES: ReadonlyArray<{ key: keyof IncomeBySource; label: string }> = [
  { key: "fiscal", label: "财政拨款收入" },
  { key: "superiorSubsidy", label: "上级补助收入" },
  { key: "business", label: "事业收入" },
  { key: "operating", label: "经营收入" },
  { key: "subsidiaryRemittance", label: "附属单位上缴收入" },
  { key: "other", label: "其他收入" },
];

export function section02({ totals: t }: SectionInput): NarrativeSection {
  const parts = INCOME_SOURCES.filter(({ key }) => t.income[key] !== 0n).map(
    ({ key, label }) => `${label}${wan(t.income[key])}，占${share(t.income[key], t.incomeTotal)}`,
  );
  const text = parts.length === 0 ? `本年收入合计${wan(t.incomeTotal)}。` : `本年收入合计${wan(t.incomeTotal)}，其中：${parts.join("；")}。`;
  return section(2, SECTION_02_TITLE, [paragraph(text)]);
}
