/**
 * 三、支出决算情况说明: 本年支出合计, 基本支出 and 项目支出 with shares (always, as the reference
 * and DISCLOSURE.md name them), then any other kind that is non-zero.
 */
import type { ExpenditureByKind } from "../figures";
import type { NarrativeSection } from "../model";
import { type SectionInput, section } from "./context";
import { paragraph, share, wan } from "./phrases";

export const SECTION_03_TITLE = "支出决算情况说明";

export const EXPENDITURE_KINDS: ReadonlyArray<{ key: keyof ExpenditureByKind; label: string; always: boolean }> = [
  { key: "basic", label: "基本支出", always: true },
  { key: "project", label: "项目支出", always: true },
  { key: "remittedToSuperior", label: "上缴上级支出", always: false },
  { key: "operating", label: "经营支出", always: false },
  { key: "subsidiaryGrants", label: "对附属单位补助支出", always: false },
];

export function section03({ totals: t }: SectionInput): NarrativeSection {
  const parts = EXPENDITURE_KINDS.filter(({ key, always }) => always || t.expenditure[key] !== 0n).map(
    ({ key, label }) => `${label}${wan(t.expenditure[key])}，占${share(t.expenditure[key], t.expenditureTotal)}`,
  );
  const text = `本年支出合计${wan(t.expenditureTotal)}，其中：${parts.join("；")}。`;
  return section(3, SECTION_03_TITLE, [paragraph(text)]);
}
