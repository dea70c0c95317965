import Link from "next/link";
import { ChartGrid } from "@/components/public/charts/chart-grid";
import { DemoBadge } from "@/components/public/demo-badge";
import { reportCharts } from "@/lib/public/chart-data";
import type { PublishedReport } from "@/lib/server/public/types";
import { Downloads } from "./downloads";
import { PartGlossary } from "./part-glossary";
import { PartNarrative } from "./part-narrative";
import { PartOverview } from "./part-overview";
import { PartPerformance } from "./part-performance";
import { PartTables } from "./part-tables";
import { ReportToc } from "./report-toc";
import { RevisionInfo } from "./revision-info";
import styles from "./report.module.css";

/** The whole published report: header, table of contents, charts and the five parts. Server-only. */
export function ReportView({ data }: { data: PublishedReport }) {
  const { unit, year, report, pkg } = data;
  const charts = reportCharts(report.figures, data.prior, year);
  return (
    <div className="container">
      <nav aria-label="位置" className={`${styles.breadcrumb} no-print`}>
        <ol>
          <li>
            <Link prefetch={false} href="/units">单位</Link>
          </li>
          <li>
            <Link prefetch={false} href={`/units/${encodeURIComponent(unit.code)}`}>{unit.name}</Link>
          </li>
          <li aria-current="page">{year}年度</li>
        </ol>
      </nav>
      <h1 className={styles.title}>
        {unit.name}
        {year}年度部门决算 <DemoBadge demo={unit.demo} />
      </h1>
      {unit.demo ? <p className="notice">示例数据：本报告为演示用虚构数据，不代表任何真实单位。</p> : null}
      <RevisionInfo data={data} />
      <Downloads unitCode={unit.code} year={year} revision={data.revision.number} tableIds={report.tables.map((t) => ({ key: t.key, id: t.id }))} />
      <div className={styles.layout}>
        <ReportToc tables={report.tables} sections={report.narrative} year={year} />
        <div className={styles.content}>
          <section id="charts" aria-labelledby="charts-h" className="no-print">
            <h2 id="charts-h">图表</h2>
            <ChartGrid charts={charts} />
          </section>
          <PartOverview pkg={pkg} unitName={unit.name} />
          <PartTables tables={report.tables} unitName={unit.name} year={year} />
          <PartNarrative sections={report.narrative} year={year} />
          <PartGlossary />
          <PartPerformance markdown={pkg.performance.selfEvaluationReport} />
        </div>
      </div>
    </div>
  );
}
