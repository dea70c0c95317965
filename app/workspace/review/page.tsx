import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pager, query } from "@/components/workspace/review/pager";
import { QueueTable } from "@/components/workspace/review/queue-table";
import { can } from "@/lib/rules/permissions";
import { requireActor } from "@/lib/server/auth/session";
import { listYears } from "@/lib/server/years/list-years";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { ZQueueFilter } from "@/lib/workspace/review-schemas";
import { STATUS_LABELS } from "@/lib/workspace/report-status";
import styles from "@/components/workspace/review/review.module.css";

export const metadata: Metadata = { title: "审核" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("/workspace/review");
  if (!can(actor, "report.review")) notFound();
  const filter = ZQueueFilter.parse(await searchParams);
  const [queue, years] = await Promise.all([listReviewQueue({ actor, filter }), listYears()]);
  return (
    <>
      <h1>待审核的报告</h1>
      <p className="muted">您负责的单位已提交、等待审核或发布的部门决算，按提交时间先后排列。</p>
      <form className={styles.filters} method="get">
        <label>
          年度
          <select name="year" defaultValue={filter.year ?? ""}>
            <option value="">全部年度</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年度
              </option>
            ))}
          </select>
        </label>
        <label>
          状态
          <select name="status" defaultValue={filter.status ?? ""}>
            <option value="">已提交和已通过</option>
            {(["SUBMITTED", "APPROVED", "RETURNED"] as const).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button-secondary">
          筛选
        </button>
      </form>
      <QueueTable rows={queue.rows} />
      <Pager data={queue} href={(page) => `/workspace/review${query({ year: filter.year, status: filter.status, page })}`} />
    </>
  );
}
