import type { PublishedReport } from "@/lib/public/types";
import { formatWanNarrative } from "@/lib/disclosure/money";
import { publishedReportPath } from "./report-paths";

export interface DocumentMetadata {
  title: string;
  description: string;
  /** An earlier revision points search engines to the report's own address. */
  canonical?: string;
}

/**
 * The document's title: "{unit}{year}年度部门决算", a department report's with （部门汇总）; with
 * `demo`, the 示例数据 mark (the PDF's running header). The page, the PDF and its file name share it.
 */
export function reportTitle(data: Pick<PublishedReport, "unit" | "year" | "kind">, options: { demo?: boolean } = {}): string {
  const demo = options.demo && data.unit.demo ? "（示例数据）" : "";
  return `${data.unit.name}${data.year}年度部门决算${data.kind === "DEPARTMENT" ? "（部门汇总）" : ""}${demo}`;
}

/** Title and description of a report document (and of its earlier revisions, which point to the newest). */
export function reportMetadata(data: PublishedReport): DocumentMetadata {
  const { unit, year, report, revision, latest } = data;
  const demo = unit.demo ? "（示例数据）" : "";
  const version = latest ? "" : `（第${revision.number}版）`;
  if (data.kind === "DEPARTMENT") {
    return {
      title: `${reportTitle(data)}${version}${demo}`,
      description: `${unit.name}${year}年度部门决算（部门汇总，含${data.members.length}个单位）${demo}：收支总计${formatWanNarrative(report.figures.grandTotal)}万元，一般公共预算财政拨款支出${formatWanNarrative(report.figures.generalBudgetExpenditure)}万元。可下载 PDF、Excel、CSV 和数据包。`,
      canonical: latest ? undefined : publishedReportPath("DEPARTMENT", unit.code, year),
    };
  }
  return {
    title: `${unit.name}${year}年度部门决算${version}${demo}`,
    description: `${unit.name}${year}年度部门决算${demo}：收支总计${formatWanNarrative(report.figures.grandTotal)}万元，一般公共预算财政拨款支出${formatWanNarrative(report.figures.generalBudgetExpenditure)}万元。含九张决算表、情况说明、名词解释、绩效自评报告与图表，可下载 CSV、Excel、PDF 和数据包。`,
    canonical: latest ? undefined : publishedReportPath("UNIT", unit.code, year),
  };
}
