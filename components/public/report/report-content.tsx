import { ChartGrid } from "@/components/public/charts/chart-grid";
import type { PriorFigures } from "@/lib/disclosure/figures";
import type { RenderedReport } from "@/lib/disclosure/model";
import type { TPackage } from "@/lib/disclosure/package";
import { markedTableIds } from "@/lib/disclosure/table-notes";
import { reportCharts } from "@/lib/public/chart-data";
import type { GlossaryEntry } from "@/lib/public/glossary";
import { PartGlossary } from "./part-glossary";
import { PartNarrative } from "./part-narrative";
import { PartOverview } from "./part-overview";
import { PartPerformance } from "./part-performance";
import { PartTables } from "./part-tables";
import { ReportToc } from "./report-toc";
import styles from "./report.module.css";

/**
 * The body of a report — table of contents, charts and the five parts — from the core's rendering.
 * The public report page and the clerk's preview both draw exactly this, so the preview is the page.
 */
export function ReportContent(props: {
  pkg: TPackage; report: RenderedReport; prior: PriorFigures | null; unitName: string; year: number;
  /** The revision's 名词解释; null: the standard text. */
  glossary: readonly GlossaryEntry[] | null;
}) {
  const { pkg, report, prior, unitName, year, glossary } = props;
  const illustrative = markedTableIds(report.tables, "illustrative");
  const estimated = markedTableIds(report.tables, "estimated");
  return (
    <div className={styles.layout}>
      <ReportToc tables={report.tables} sections={report.narrative} year={year} />
      <div className={styles.content}>
        {illustrative.length > 0 ? (
          <p className="notice no-print" role="note">
            本报告{illustrative.join("、")}中标“示”的数字为示例数据，不是实际决算数，说明见各表下注。
          </p>
        ) : null}
        {estimated.length > 0 ? (
          <p className="notice no-print" role="note">
            本报告{estimated.join("、")}中标“估”的数字为估算数，说明见各表下注。
          </p>
        ) : null}
        <section id="charts" aria-labelledby="charts-h" className="no-print">
          <h2 id="charts-h">图表</h2>
          <ChartGrid charts={reportCharts(report.figures, prior, year)} />
        </section>
        <PartOverview pkg={pkg} unitName={unitName} />
        <PartTables tables={report.tables} unitName={unitName} year={year} />
        <PartNarrative sections={report.narrative} year={year} />
        <PartGlossary entries={glossary ?? undefined} />
        <PartPerformance markdown={pkg.performance.selfEvaluationReport} />
      </div>
    </div>
  );
}
