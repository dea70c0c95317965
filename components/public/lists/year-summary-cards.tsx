import Link from "next/link";
import type { YearSummary } from "@/lib/public/types";
import styles from "./lists.module.css";

/** For each fiscal year: how many units published, on time or late, and how many have not. */
export function YearSummaryCards({ years }: { years: YearSummary[] }) {
  return (
    <ul className={styles.cards}>
      {years.map(({ year, deadline, counts }) => (
        <li key={year} className={styles.card}>
          <h3>
            <Link prefetch={false} href={`/status/${year}`}>{year}年度</Link>
          </h3>
          <p>
            已公开 {counts.published} / {counts.total} 个单位
          </p>
          <p>
            按时 {counts.onTime}，逾期 {counts.late}，未公开 {counts.pending + counts.overdue}
          </p>
          <p className="muted">公开期限：{deadline.toISOString().slice(0, 10)}</p>
        </li>
      ))}
    </ul>
  );
}
