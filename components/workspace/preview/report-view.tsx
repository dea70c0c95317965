import ReactMarkdown from "react-markdown";
import type { RenderedReport } from "@/lib/disclosure/model";
import type { TPackage } from "@/lib/disclosure/package";
import { sectionHeading } from "@/lib/disclosure/narrative";
import { DisclosureTable } from "./disclosure-table";
import styles from "./preview.module.css";

/**
 * The report as it will be published: parts 1, 2, 3 and 5 from the core's rendering.
 * The workspace's own minimal view until the public report components land on main; then
 * the preview switches to those so that it is exactly the public page.
 */
export function ReportView({ pkg, report }: { pkg: TPackage; report: RenderedReport }) {
  return (
    <article className={styles.report}>
      <h1>{report.year}年度{report.unit.name}部门决算</h1>
      <h2>第一部分 {report.unit.name}概况</h2>
      <h3>一、部门职责</h3>
      <ol>{pkg.overview.duties.map((d, i) => <li key={i}>{d}</li>)}</ol>
      <h3>二、机构设置</h3>
      <p>{pkg.overview.organization}</p>
      <p>{pkg.overview.composition}</p>
      <h2>第二部分 {report.year}年度部门决算表</h2>
      {report.tables.map((table) => <DisclosureTable key={table.key} table={table} />)}
      <h2>第三部分 {report.year}年度部门决算情况说明</h2>
      {report.narrative.map((section) => (
        <section key={section.section}>
          <h3>{sectionHeading(section)}</h3>
          {section.blocks.map((block, i) => (block.kind === "heading" ? <h4 key={i}>{block.text}</h4> : <p key={i}>{block.text}</p>))}
        </section>
      ))}
      <h2>第五部分 附件</h2>
      <h3>{report.unit.name}{report.year}年度部门整体支出绩效自评报告</h3>
      <div className={styles.markdown}><ReactMarkdown>{pkg.performance.selfEvaluationReport}</ReactMarkdown></div>
    </article>
  );
}
