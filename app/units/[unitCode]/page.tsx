import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/public/charts/chart-figure";
import { DemoBadge } from "@/components/public/demo-badge";
import styles from "@/components/public/lists/lists.module.css";
import { TimelinessLabel } from "@/components/public/lists/timeliness-label";
import { formatChineseDate } from "@/lib/public/format-date";
import { departmentReportPath, reportPath } from "@/lib/public/report-paths";
import { trendChart } from "@/lib/public/trend-chart";
import { getUnitOverview } from "@/lib/server/public/get-unit-overview";

// Rendered per request: an App Router page carries inline scripts, which the CSP allows only with
// this request's nonce (proxy.ts), so its HTML cannot be reused; nginx micro-caches it (DEPLOY.md).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ unitCode: string }> };

async function load(params: Props["params"]) {
  const { unitCode } = await params;
  return getUnitOverview({ unitCode: decodeURIComponent(unitCode) });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const o = await load(params);
  if (!o) return { title: "单位不存在" };
  const years = o.years.filter((y) => y.published).map((y) => y.year);
  return {
    title: `${o.unit.name}${o.unit.demo ? "（示例数据）" : ""}`,
    description: `${o.unit.name}的部门决算：${years.length ? `已公开${years.join("、")}年度` : "暂无已公开的年度"}。主要指标历年变化图表与表格。`,
  };
}

export default async function UnitPage({ params }: Props) {
  const overview = await load(params);
  if (!overview) notFound();
  const { unit, years } = overview;
  const published = years.flatMap((y) => (y.published ? [{ year: y.year, figures: y.published.figures }] : []));
  const compareYears = published.map((p) => p.year).join(",");
  return (
    <div className="container">
      <h1>
        {unit.name} <DemoBadge demo={unit.demo} />
      </h1>
      {unit.demo ? <p className="notice">示例数据：本单位及其数字为演示用虚构数据，不代表任何真实单位。</p> : null}
      <p className="muted">
        编码 {unit.code}　{unit.region}　{unit.category}
      </p>
      <h2>历年部门决算</h2>
      <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="历年部门决算（可左右滚动）">
        <table className={styles.table}>
          <caption className="visually-hidden">{unit.name}历年部门决算公开情况</caption>
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">公开情况</th>
              <th scope="col">首次公开</th>
              <th scope="col">版本</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">
                  {y.published ? (
                    <Link prefetch={false} href={reportPath(unit.code, y.year)}>
                      {y.year}年度部门决算
                    </Link>
                  ) : (
                    `${y.year}年度`
                  )}
                  {y.department ? (
                    <>
                      <br />
                      <Link prefetch={false} href={departmentReportPath(unit.code, y.year)} data-testid="unit-department-link">
                        {y.year}年度部门决算（部门汇总）
                      </Link>
                    </>
                  ) : null}
                </th>
                <td>
                  <TimelinessLabel value={y.timeliness} />
                </td>
                <td>{y.published ? formatChineseDate(y.published.firstPublishedAt) : "—"}</td>
                <td>{y.published ? `第${y.published.revision.number}版` : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {published.length > 0 ? (
        <>
          <h2>主要指标</h2>
          <ChartFigure spec={trendChart(published)} openTable />
          {published.length > 1 ? (
            <p>
              <Link prefetch={false} href={`/compare?unit=${encodeURIComponent(unit.code)}&years=${compareYears}`}>
                逐年比较（增减额与增减率）
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
