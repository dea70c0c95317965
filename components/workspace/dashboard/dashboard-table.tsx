import Link from "next/link";
import { reviewHref } from "@/lib/workspace/hrefs";
import type { WorkspaceReportRow } from "@/lib/workspace/view-models";
import { STATUS_LABELS } from "@/lib/workspace/report-status";
import type { TRole } from "@/lib/rules/actor";
import { canComment } from "@/lib/rules/comments";
import { can } from "@/lib/rules/permissions";
import { canEdit } from "@/lib/rules/status-machine";
import { StartDraftForm } from "./start-draft-form";
import styles from "./dashboard.module.css";

const DATE = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });

export function DashboardTable({ rows, role }: { rows: WorkspaceReportRow[]; role: TRole }) {
  const actor = { role };
  const canStart = can(actor, "report.create");
  if (rows.length === 0) return <p className="notice">您的账号尚未分配任何单位，请联系管理员。</p>;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">单位</th>
          <th scope="col">年度</th>
          <th scope="col">状态</th>
          <th scope="col">阻止提交的错误</th>
          <th scope="col">最后修改</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const base = `/workspace/reports/${encodeURIComponent(row.unitCode)}/${row.year}`;
          return (
            <tr key={`${row.unitCode}/${row.year}`} data-testid={`report-${row.unitCode}-${row.year}`}>
              <td data-label="单位" className={styles.unitName}>{row.unitName}</td>
              <td data-label="年度">{row.year}年度</td>
              <td data-label="状态"><span className={`badge ${styles[`status${row.status}`] ?? ""}`}>{STATUS_LABELS[row.status]}</span></td>
              <td data-label="阻止提交的错误">{row.blockingErrors === null ? "—" : row.blockingErrors === 0 ? <span className={styles.ok}>无</span> : <span className={styles.bad}>{row.blockingErrors} 个</span>}</td>
              <td data-label="最后修改">{row.lastChange ? DATE.format(row.lastChange) : "—"}</td>
              <td data-label="操作" className={styles.actions}>
                {row.status === "NONE" ? (
                  canStart ? <StartDraftForm unitCode={row.unitCode} year={row.year} hasPrevious={row.hasPrevious} /> : "—"
                ) : (
                  <>
                    <Link href={`${base}/edit/overview`}>{canEdit(actor, row.status) ? "编辑" : "查看"}</Link>
                    {can(actor, "report.review") && canComment(row.status) && (
                      <Link href={reviewHref(row.unitCode, row.year)}>审核</Link>
                    )}
                    <Link href={`${base}/preview`}>预览</Link>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
