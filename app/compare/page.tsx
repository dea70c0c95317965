import type { Metadata } from "next";
import Link from "next/link";
import { ChartFigure } from "@/components/public/charts/chart-figure";
import { UnitsTable } from "@/components/public/compare/units-table";
import { YearsTable } from "@/components/public/compare/years-table";
import { UnitSearch } from "@/components/public/search/unit-search";
import { UnitName } from "@/components/public/unit-name";
import { compareUnitsHref, MAX_COMPARE_UNITS, parseCompareParams } from "@/lib/public/compare-params";
import { unitsChart } from "@/lib/public/units-chart";
import { getPublishedKeyFigures, getUnitOverview } from "@/lib/server/public/get-unit-overview";
import { listFiscalYearChoices } from "@/lib/server/public/list-fiscal-years";
import { searchUnits } from "@/lib/server/public/search-units";

// The choice is in the query string; figures come from cached, published reports.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "比较",
  description: "比较一个单位历年的部门决算（增减额与增减率），或同一年度最多五个单位的主要指标；链接可分享。",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const p = parseCompareParams(await searchParams);
  const fiscalYears = await listFiscalYearChoices();
  const year = p.year ?? fiscalYears.find((y) => y.hasPublished)?.year ?? null;

  const overview = p.unit ? await getUnitOverview({ unitCode: p.unit }) : null;
  const unitYears = (overview?.years ?? [])
    .flatMap((y) => (y.published && (p.years.length === 0 || p.years.includes(y.year)) ? [{ year: y.year, figures: y.published.figures }] : []))
    .sort((a, b) => a.year - b.year);

  const reports = year ? await Promise.all(p.units.map(async (code) => ({ code, data: await getPublishedKeyFigures({ unitCode: code, year }) }))) : [];
  const found = reports.flatMap((r) => (r.data ? [{ unit: r.data.unit, figures: r.data.figures }] : []));
  const missing = reports.filter((r) => !r.data).map((r) => r.code);
  // Units chosen for a year they have not published: still named, never shown as a bare code.
  const missingUnits = (await Promise.all(missing.map((code) => getUnitOverview({ unitCode: code })))).flatMap((o) => (o ? [o.unit] : []));
  const unitOf = (code: string) => found.find((f) => f.unit.code === code)?.unit ?? missingUnits.find((u) => u.code === code);
  const label = (code: string) => unitOf(code)?.name ?? code;
  const hits = p.q ? await searchUnits({ query: p.q, limit: 10 }) : [];

  return (
    <div className="container">
      <h1>比较</h1>
      {p.unit ? (
        <section aria-labelledby="years-h">
          <h2 id="years-h">一个单位的历年比较</h2>
          {!overview ? (
            <p className="notice">没有找到编码为“{p.unit}”的单位。</p>
          ) : unitYears.length === 0 ? (
            <p className="notice">
              <UnitName unit={overview.unit} />
              暂无已公开的年度。
            </p>
          ) : (
            <>
              <p>
                <UnitName unit={overview.unit} />：{unitYears.map((y) => `${y.year}年`).join("、")}
              </p>
              <YearsTable unitName={overview.unit.name} years={unitYears} />
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="units-h">
        <h2 id="units-h">同一年度的单位比较（最多{MAX_COMPARE_UNITS}个）</h2>
        <form method="get" action="/compare">
          <label htmlFor="compare-year">年度</label>{" "}
          <select id="compare-year" name="year" defaultValue={year ?? undefined}>
            {fiscalYears.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}年度
              </option>
            ))}
          </select>
          <input type="hidden" name="units" value={p.units.join(",")} />{" "}
          <button className="button button-secondary" type="submit">
            切换年度
          </button>
        </form>
        {p.units.length > 0 ? (
          <ul>
            {p.units.map((code) => (
              <li key={code}>
                {unitOf(code) ? <UnitName unit={unitOf(code)!} /> : code}　
                <Link
                  prefetch={false}
                  href={compareUnitsHref(
                    year,
                    p.units.filter((c) => c !== code),
                  )}
                  aria-label={`从比较中移除 ${label(code)}`}
                >
                  移除
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {missing.length > 0 ? (
          <p className="notice">
            {year}年度没有已公开的报告：{missing.map(label).join("、")}
          </p>
        ) : null}
        {p.units.length < MAX_COMPARE_UNITS ? <UnitSearch mode="compare" year={year ?? undefined} selected={p.units} label="添加单位（名称或编码）" /> : null}
        {hits.length > 0 ? (
          <ul>
            {hits.map((u) => (
              <li key={u.code}>
                <Link prefetch={false} href={compareUnitsHref(year, [...p.units.filter((c) => c !== u.code), u.code].slice(-MAX_COMPARE_UNITS))}>
                  加入比较：{u.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {year && found.length > 0 ? (
          <>
            <UnitsTable year={year} units={found} />
            <ChartFigure
              spec={unitsChart(
                year,
                found.map((f) => ({ name: f.unit.name, demo: f.unit.demo, figures: f.figures })),
              )}
            />
          </>
        ) : (
          <p className="muted">搜索并添加单位后，这里并排显示它们的主要指标。</p>
        )}
      </section>
    </div>
  );
}
