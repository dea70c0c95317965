import { ChartGrid } from "@/components/public/charts/chart-grid";
import type { PriorFigures } from "@/lib/disclosure/figures";
import type { RenderedReport } from "@/lib/disclosure/model";
import type { TPackage } from "@/lib/disclosure/package";
import { reportCharts } from "@/lib/public/chart-data";
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
export function ReportContent(props: { pkg: TPackage; report: RenderedReport; prior: PriorFigures | null; unitName: string; year: number }) {
  const { pkg, report, prior, unitName, year } = props;
  return (
    <div className={styles.layout}>
      <ReportToc tables={report.tables} sections={report.narrative} year={year} />
      <div className={styles.content}>
        <section id="charts" aria-labelledby="charts-h" className="no-print">
          <h2 id="charts-h">图表</h2>
          <ChartGrid charts={reportCharts(report.figures, prior, year)} />
        </section>
        <PartOverview pkg={pkg} unitName={unitName} />
        <PartTables tables={report.tables} unitName={unitName} year={year} />
        <PartNarrative sections={report.narrative} year={year} />
        <PartGlossary />
        <PartPerformance markdown={pkg.performance.selfEvaluationReport} />
      </div>
    </div>
  );
}
