import Link from "next/link";
import { departmentHref, reviewHref } from "@/lib/workspace/hrefs";
import type { WorkspaceReportRow, WorkspaceReportState } from "@/lib/workspace/view-models";
import { STATUS_LABELS } from "@/lib/workspace/report-status";
import type { TRole } from "@/lib/rules/actor";
import { mayDecide } from "@/lib/rules/department";
import { canComment } from "@/lib/rules/comments";
import { can } from "@/lib/rules/permissions";
import { canEdit } from "@/lib/rules/status-machine";
import { StartDraftForm } from "./start-draft-form";
import styles from "./dashboard.module.css";

const DATE = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });

/** Status, blocking errors and last change of one report (单位决算 or 部门决算). */
function StateCells({ state }: { state: WorkspaceReportState }) {
  return (
    <>
      <td data-label="状态">
        <span className={`badge ${styles[`status${state.status}`] ?? ""}`}>{STATUS_LABELS[state.status]}</span>
      </td>
      <td data-label="阻止提交的错误">
        {state.blockingErrors === null ? (
          "—"
        ) : state.blockingErrors === 0 ? (
          <span className={styles.ok}>无</span>
        ) : (
          <span className={styles.bad}>{state.blockingErrors} 个</span>
        )}
      </td>
      <td data-label="最后修改">{state.lastChange ? DATE.format(state.lastChange) : "—"}</td>
    </>
  );
}

/**
 * One row per unit and year (its 单位决算); a unit with subordinates has a second row for its
 * department report (部门决算), which leads to its 部门汇总 page, as the review queue lists both.
 */
export function DashboardTable({ rows, role }: { rows: WorkspaceReportRow[]; role: TRole }) {
  const actor = { role };
  const canStart = can(actor, "report.create");
  const canReview = can(actor, "report.review");
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
        {rows.flatMap((row) => {
          const base = `/workspace/reports/${encodeURIComponent(row.unitCode)}/${row.year}`;
          const dept = row.department;
          const unitRow = (
            <tr key={`${row.unitCode}/${row.year}`} data-testid={`report-${row.unitCode}-${row.year}`}>
              <td data-label="单位" className={styles.unitName}>
                {row.unitName}
              </td>
              <td data-label="年度">{row.year}年度</td>
              <StateCells state={row} />
              <td data-label="操作" className={styles.actions}>
                {row.status === "NONE" ? (
                  canStart ? (
                    <StartDraftForm unitCode={row.unitCode} year={row.year} hasPrevious={row.hasPrevious} />
                  ) : (
                    "—"
                  )
                ) : (
                  <>
                    <Link href={`${base}/edit/overview`}>{canEdit(actor, row.status) ? "编辑" : "查看"}</Link>
                    {canReview && canComment(row.status) && <Link href={reviewHref(row.unitCode, row.year)}>审核</Link>}
                    <Link href={`${base}/preview`}>预览</Link>
                  </>
                )}
              </td>
            </tr>
          );
          if (!dept) return [unitRow];
          return [
            unitRow,
            <tr key={`${row.unitCode}/${row.year}/department`} data-testid={`report-${row.unitCode}-${row.year}-department`}>
              <td data-label="单位" className={styles.unitName}>
                {row.unitName}（部门决算）
              </td>
              <td data-label="年度">{row.year}年度</td>
              <StateCells state={dept} />
              <td data-label="操作" className={styles.actions}>
                {/* The department page builds the report (a clerk) or shows the roll-up (anyone in scope). */}
                <Link href={departmentHref(row.unitCode, row.year)}>部门汇总</Link>
                {/* Decided only from above (lib/rules/department.ts): the department's own reviewer may comment, not decide. */}
                {dept.status !== "NONE" && canReview && canComment(dept.status) && (
                  <Link href={reviewHref(row.unitCode, row.year, "DEPARTMENT")}>
                    {mayDecide(actor, "DEPARTMENT", dept.reach, "approve") ? "审核" : "审核意见"}
                  </Link>
                )}
              </td>
            </tr>,
          ];
        })}
      </tbody>
    </table>
  );
}
