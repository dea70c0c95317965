import type { Metadata } from "next";
import Link from "next/link";
import { ChartFigure } from "@/components/public/charts/chart-figure";
import styles from "@/components/public/lists/lists.module.css";
import { formatWanTable, parseYuan } from "@/lib/disclosure/money";
import { aggregateChart } from "@/lib/public/aggregate-chart";
import { MEASURE_KEYS, MEASURES, measureDefinition, type AggregateOrder, type Measure } from "@/lib/public/api/aggregates";
import { aggregateLineItems } from "@/lib/server/public/aggregate-line-items";
import { listFiscalYears } from "@/lib/server/public/list-fiscal-years";

// The choice is in the query string; the sums are one SQL query over published line items.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "数据分析",
  description: "跨单位汇总已公开的部门决算：某一年度各单位的“三公”经费等指标，可排序，附图表与表格。",
};

const PAGE_SIZE = 50;
const ORDERS: readonly AggregateOrder[] = ["amount_desc", "amount_asc", "key"];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AnalysisPage({ searchParams }: Props) {
  const params = await searchParams;
  const text = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const years = (await listFiscalYears()).filter((y) => y.counts.published > 0);
  const year = years.find((y) => String(y.year) === text("year"))?.year ?? years[0]?.year;
  const measure = (MEASURE_KEYS as string[]).includes(text("measure") ?? "") ? (text("measure") as Measure) : "three_public";
  const order = (ORDERS as string[]).includes(text("order") ?? "") ? (text("order") as AggregateOrder) : "amount_desc";
  const page = Math.max(1, Math.min(10_000, Number(text("page")) || 1));
  const href = (change: Record<string, string | number>) =>
    `/analysis?${new URLSearchParams({ year: String(year), measure, order, page: "1", ...Object.fromEntries(Object.entries(change).map(([k, v]) => [k, String(v)])) })}`;

  const result = year ? await aggregateLineItems({ year, measure, groupBy: "unit", order, page, pageSize: PAGE_SIZE }) : null;
  const label = MEASURES[measure].label;
  // three_public answers 决算数 and 预算数: both get a column and a bar.
  const two = measureDefinition(measure).budget;
  const amountHeading = two ? `${two.amountLabel}（万元）` : "金额（万元）";
  const pageCount = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;

  return (
    <div className="container">
      <h1>数据分析</h1>
      <p>
        由全部已公开报告的明细数据汇总（金额为万元，两位小数）。同样的数据可通过接口 <code>/api/v1/aggregates</code> 读取，见
        <Link href="/data">数据与接口</Link>。
      </p>
      <form method="get" action="/analysis">
        <label>
          年度{" "}
          <select name="year" defaultValue={year}>
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          指标{" "}
          <select name="measure" defaultValue={measure}>
            {MEASURE_KEYS.map((k) => (
              <option key={k} value={k}>
                {MEASURES[k].label}
              </option>
            ))}
          </select>
        </label>{" "}
        <button className="button button-secondary" type="submit">
          查看
        </button>
      </form>
      {!year || !result ? (
        <p className="notice">暂无已公开的年度。</p>
      ) : (
        <>
          <h2>
            {year}年度各单位{label}
          </h2>
          <p>
            共{result.sum.reports}份已公开报告，合计{two ? two.amountLabel : ""} {formatWanTable(parseYuan(result.sum.amount))} 万元
            {two && result.sum.budget ? `，${two.budgetLabel} ${formatWanTable(parseYuan(result.sum.budget.amount))} 万元` : ""}。
            <a href={`/api/v1/aggregates?year=${year}&measure=${measure}&groupBy=unit&order=${order}&page=${page}&pageSize=${PAGE_SIZE}`}>本页数据（JSON）</a>
          </p>
          <ChartFigure spec={aggregateChart(`${year}年度各单位${label}（万元）`, result.groups, two)} />
          <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={`${year}年度各单位${label}（可左右滚动）`}>
            <table className={styles.table}>
              <caption>
                {year}年度各单位{label}（万元），{order === "key" ? "按单位编码排序" : order === "amount_asc" ? "按金额从小到大" : "按金额从大到小"}
              </caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort={order === "key" ? "ascending" : "none"}>
                    <Link href={href({ order: "key" })}>单位</Link>
                  </th>
                  <th scope="col" className={styles.num} aria-sort={order === "amount_desc" ? "descending" : order === "amount_asc" ? "ascending" : "none"}>
                    <Link href={href({ order: order === "amount_desc" ? "amount_asc" : "amount_desc" })}>
                      {amountHeading}
                      {order === "amount_desc" ? " ↓" : order === "amount_asc" ? " ↑" : ""}
                    </Link>
                  </th>
                  {two && (
                    <th scope="col" className={styles.num}>
                      {two.budgetLabel}（万元）
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {result.groups.map((g) => (
                  <tr key={g.key}>
                    <th scope="row">
                      <Link href={`/units/${encodeURIComponent(g.key)}/${year}`}>{g.name}</Link>
                    </th>
                    <td className={styles.num}>{formatWanTable(parseYuan(g.amount))}</td>
                    {two && <td className={styles.num}>{g.budget ? formatWanTable(parseYuan(g.budget.amount)) : ""}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pageCount > 1 && (
            <nav aria-label="分页">
              共 {result.total} 个单位，第 {page} / {pageCount} 页　{page > 1 && <Link href={href({ page: page - 1 })}>上一页</Link>}　
              {page < pageCount && <Link href={href({ page: page + 1 })}>下一页</Link>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
