import type { PublishedReport } from "@/lib/public/types";
import { formatWanNarrative } from "@/lib/disclosure/money";
import { reportPath } from "./report-paths";

export interface DocumentMetadata {
  title: string;
  description: string;
  /** An earlier revision points search engines to the report's own address. */
  canonical?: string;
}

/** Title and description of a report document (and of its earlier revisions, which point to the newest). */
export function reportMetadata(data: PublishedReport): DocumentMetadata {
  const { unit, year, report, revision, latest } = data;
  const demo = unit.demo ? "（示例数据）" : "";
  const version = latest ? "" : `（第${revision.number}版）`;
  if (data.kind === "DEPARTMENT") {
    return {
      title: `${unit.name}${year}年度部门决算（部门汇总）${version}${demo}`,
      description: `${unit.name}${year}年度部门决算（部门汇总，含${data.members.length}个单位）${demo}：收支总计${formatWanNarrative(report.figures.grandTotal)}万元，一般公共预算财政拨款支出${formatWanNarrative(report.figures.generalBudgetExpenditure)}万元。`,
    };
  }
  return {
    title: `${unit.name}${year}年度部门决算${version}${demo}`,
    description: `${unit.name}${year}年度部门决算${demo}：收支总计${formatWanNarrative(report.figures.grandTotal)}万元，一般公共预算财政拨款支出${formatWanNarrative(report.figures.generalBudgetExpenditure)}万元。含九张决算表、情况说明、名词解释、绩效自评报告与图表，可下载 CSV、Excel、PDF 和数据包。`,
    canonical: latest ? undefined : reportPath(unit.code, year),
  };
}
