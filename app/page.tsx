import type { Metadata } from "next";
import Link from "next/link";
import { LatestReports } from "@/components/public/lists/latest-reports";
import { YearSummaryCards } from "@/components/public/lists/year-summary-cards";
import styles from "@/components/public/lists/lists.module.css";
import { UnitSearch } from "@/components/public/search/unit-search";
import { listFiscalYears } from "@/lib/server/public/list-fiscal-years";
import { listPublishedReports } from "@/lib/server/public/list-published-reports";

// Rendered per request (the year selector is a query parameter and the build has no database);
// nginx keeps it briefly and the purge on publication empties it (docs/DEPLOY.md).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { absolute: "公开 · 部门决算公开平台" },
  description: "查阅各单位部门决算：按名称或编码搜索单位，阅读报告与图表，比较年度与单位，下载 CSV、Excel、PDF 和数据，查看各年度公开情况。",
};

type Props = { searchParams: Promise<{ year?: string }> };

export default async function HomePage({ searchParams }: Props) {
  const { year: yearText } = await searchParams;
  const years = await listFiscalYears();
  const year = years.find((y) => String(y.year) === yearText)?.year;
  const reports = await listPublishedReports({ year, limit: 10 });
  return (
    <div className="container">
      <h1>部门决算公开</h1>
      <p>查阅各单位每年的部门决算：收入、支出、财政拨款、“三公”经费和机关运行经费，附九张决算表、情况说明与绩效自评报告。</p>
      <UnitSearch />
      <section aria-labelledby="latest-h">
        <h2 id="latest-h">{year ? `${year}年度已公开的报告` : "最新公开的报告"}</h2>
        <nav aria-label="选择年度">
          <ul className={styles.yearNav}>
            <li>
              <Link prefetch={false} href="/" aria-current={year ? undefined : "page"}>
                全部年度
              </Link>
            </li>
            {years.map((y) => (
              <li key={y.year}>
                <Link prefetch={false} href={`/?year=${y.year}`} aria-current={y.year === year ? "page" : undefined}>
                  {y.year}年度
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LatestReports reports={reports} />
      </section>
      <section aria-labelledby="status-h">
        <h2 id="status-h">各年度公开情况</h2>
        <YearSummaryCards years={year ? years.filter((y) => y.year === year) : years} />
      </section>
      <p>
        <Link prefetch={false} href="/compare">
          比较年度与单位
        </Link>
        　
        <Link prefetch={false} href="/data">
          数据与接口
        </Link>
      </p>
    </div>
  );
}
