import Link from "next/link";
import { DemoBadge } from "@/components/public/demo-badge";
import type { PublishedReport } from "@/lib/public/types";
import { AttachmentsList } from "./attachments-list";
import { DepartmentMembersList } from "./department-members-list";
import { Downloads } from "./downloads";
import { PrintFront } from "./print-front";
import { ReportContent } from "./report-content";
import { RevisionInfo } from "./revision-info";
import styles from "./report.module.css";

/** The whole published report: header, table of contents, charts and the five parts; in print, a cover and 目录 first. Server-only. */
export function ReportView({ data }: { data: PublishedReport }) {
  const { unit, year, report, pkg } = data;
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
          <li aria-current="page">{year}年度{data.kind === "DEPARTMENT" && "部门汇总"}</li>
        </ol>
      </nav>
      <PrintFront data={data} />
      {/* In print the cover carries the title, the 示例 notice and the revision (print-front.tsx). */}
      <h1 className={`${styles.title} no-print`}>
        {unit.name}
        {year}年度部门决算{data.kind === "DEPARTMENT" && "（部门汇总）"} <DemoBadge demo={unit.demo} />
      </h1>
      {data.kind === "DEPARTMENT" && <DepartmentMembersList members={data.members} />}
      {unit.demo ? <p className="notice no-print">示例数据：本报告为演示用虚构数据，不代表任何真实单位。</p> : null}
      <div className="no-print">
        <RevisionInfo data={data} />
      </div>
      <Downloads unitCode={unit.code} year={year} revision={data.revision.number} kind={data.kind} tableIds={report.tables.map((t) => ({ key: t.key, id: t.id }))} />
      <AttachmentsList unitCode={unit.code} year={year} revision={data.revision.number} reportKind={data.kind} attachments={data.attachments} />
      <ReportContent pkg={pkg} report={report} prior={data.prior} unitName={unit.name} year={year} glossary={data.glossary} />
    </div>
  );
}
