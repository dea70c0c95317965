import Link from "next/link";
import { DemoBadge } from "@/components/public/demo-badge";
import { formatChineseDate } from "@/lib/public/format-date";
import { reportPath } from "@/lib/public/report-paths";
import type { PublishedReportSummary } from "@/lib/public/types";

/** The most recently published reports, newest first. */
export function LatestReports({ reports }: { reports: PublishedReportSummary[] }) {
  if (reports.length === 0) return <p>暂无已公开的报告。</p>;
  return (
    <ul>
      {reports.map((r) => (
        <li key={`${r.unit.code}-${r.year}`}>
          <Link prefetch={false} href={reportPath(r.unit.code, r.year)}>
            {r.unit.name}
            {r.year}年度部门决算
          </Link>{" "}
          <DemoBadge demo={r.unit.demo} />{" "}
          <span className="muted">
            {formatChineseDate(r.latestPublishedAt)}公开{r.revisionNumber > 1 ? `（第${r.revisionNumber}版）` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
