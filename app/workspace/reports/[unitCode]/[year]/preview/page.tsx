import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportContent } from "@/components/public/report/report-content";
import { buildCodeSet } from "@/lib/disclosure/codes";
import { priorFigures } from "@/lib/disclosure/figures";
import { renderReport } from "@/lib/disclosure/render";
import { requireActor } from "@/lib/server/auth/session";
import { loadReportPage } from "@/lib/server/reports/load-report-page";
import { STATUS_LABELS } from "@/lib/workspace/report-status";
import styles from "@/components/workspace/preview/preview.module.css";

export const metadata: Metadata = { title: "预览" };

export default async function PreviewPage({ params }: { params: Promise<{ unitCode: string; year: string }> }) {
  const { unitCode, year } = await params;
  const actor = await requireActor(`/workspace/reports/${unitCode}/${year}/preview`);
  const report = await loadReportPage({ actor, unitCode, year });
  if (!report) notFound();
  const rendered = renderReport(report.package, { previous: report.previousPublished, codeSets: report.codes ? [buildCodeSet(report.codes)] : undefined });
  const errors = rendered.checks.filter((c) => c.severity === "error").length;
  return (
    <>
      <div className={`notice ${styles.banner}`}>
        预览：{report.unit.name} {report.year}年度（{STATUS_LABELS[report.status]}，第 {report.revision.number} 版）。公开后公众看到的就是下面的内容。
        {errors > 0 && <strong>目前还有 {errors} 个错误，需修正后才能提交。</strong>}{" "}
        <Link href={`/workspace/reports/${unitCode}/${year}/edit/overview`}>返回编辑</Link>
      </div>
      <div className="container">
        <h1>
          {report.unit.name}
          {report.year}年度部门决算
        </h1>
        <ReportContent
          pkg={report.package}
          report={rendered}
          prior={priorFigures(report.package, report.previousPublished)}
          unitName={report.unit.name}
          year={report.year}
          glossary={report.glossary}
        />
      </div>
    </>
  );
}
