import Link from "next/link";
import { REPORT_KIND_SUFFIX } from "@/lib/rules/department";
import { reviewHref } from "@/lib/workspace/hrefs";
import { STATUS_LABELS } from "@/lib/workspace/report-status";
import type { ReviewQueueRow } from "@/lib/workspace/view-models";
import styles from "./review.module.css";

const DATE = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });

function deadline(daysLeft: number) {
  if (daysLeft < 0) return <span className={styles.overdue}>已逾期 {-daysLeft} 天</span>;
  if (daysLeft === 0) return <span className={styles.overdue}>今天截止</span>;
  return <span>剩 {daysLeft} 天</span>;
}

/** The reviewer's queue: one row per report waiting for a decision. */
export function QueueTable({ rows }: { rows: ReviewQueueRow[] }) {
  if (rows.length === 0) return <p className="notice">没有待审核的报告。</p>;
  return (
    <table className={styles.table} data-testid="review-queue">
      <thead>
        <tr>
          <th scope="col">单位</th>
          <th scope="col">年度</th>
          <th scope="col">状态</th>
          <th scope="col">提交时间</th>
          <th scope="col">提交人</th>
          <th scope="col" className={styles.num}>
            错误
          </th>
          <th scope="col" className={styles.num}>
            提示
          </th>
          <th scope="col">公开截止</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.unitCode}/${r.year}/${r.kind}`} data-testid={`queue-${r.unitCode}-${r.year}${r.kind === "DEPARTMENT" ? "-department" : ""}`}>
            <td>
              {r.unitName}
              {REPORT_KIND_SUFFIX[r.kind]}
            </td>
            <td>
              {r.year}年度{r.revisionNumber > 1 ? `（第${r.revisionNumber}版）` : ""}
            </td>
            <td>
              <span className="badge">{STATUS_LABELS[r.status]}</span>
            </td>
            <td>{r.submittedAt ? DATE.format(r.submittedAt) : "—"}</td>
            <td>{r.submittedBy ?? "—"}</td>
            <td className={`${styles.num} ${r.blockingErrors ? styles.bad : ""}`}>{r.blockingErrors}</td>
            <td className={styles.num}>{r.warnings}</td>
            <td>{deadline(r.daysLeft)}</td>
            <td>
              <Link href={reviewHref(r.unitCode, r.year, r.kind)}>审核</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
