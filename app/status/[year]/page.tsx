import type { Metadata } from "next";
import { notFound } from "next/navigation";
import styles from "@/components/public/lists/lists.module.css";
import { TimelinessLabel } from "@/components/public/lists/timeliness-label";
import { UnitName } from "@/components/public/unit-name";
import { formatChineseDate } from "@/lib/public/format-date";
import { reportPath } from "@/lib/public/report-paths";
import { getPublicationStatus } from "@/lib/server/public/get-publication-status";
import { listUnitFacets } from "@/lib/server/public/list-unit-facets";
import { parsePage } from "@/lib/public/paging";
import { Pager } from "@/components/public/paging/pager";
import { FacetSelect } from "@/components/public/paging/facet-select";
import pagerStyles from "@/components/public/paging/pager.module.css";
import Link from "next/link";

// Per request: one page of a year's units (?page=), optionally of one region (?region=); an App
// Router page also carries inline scripts the CSP allows only with this request's nonce (proxy.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ year: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

async function load(props: Props) {
  const [{ year }, search] = await Promise.all([props.params, props.searchParams]);
  if (!/^\d{4}$/.test(year)) return null;
  return getPublicationStatus({ year: Number(year), region: one(search.region) || undefined, page: parsePage(search) });
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const status = await load(props);
  if (!status) return { title: "年度不存在" };
  return {
    title: `${status.year}年度部门决算公开情况`,
    description: `${status.year}年度：${status.counts.total}个单位中${status.counts.published}个已公开（按时${status.counts.onTime}个，逾期${status.counts.late}个），${status.counts.pending + status.counts.overdue}个未公开。`,
  };
}

export default async function StatusPage(props: Props) {
  const [status, facets] = await Promise.all([load(props), listUnitFacets()]);
  if (!status) notFound();
  const { year, counts, region } = status;
  const csv = `/api/v1/status/${year}.csv${region ? `?region=${encodeURIComponent(region)}` : ""}`;
  return (
    <div className="container">
      <h1>{year}年度部门决算公开情况</h1>
      <form method="get" action={`/status/${year}`} className={pagerStyles.filters} aria-label="按地区筛选">
        <FacetSelect label="地区" name="region" everyLabel="全部地区" facets={facets.regions} value={region ?? ""} />
        <button className="button button-secondary" type="submit">
          筛选
        </button>
      </form>
      <p>
        公开期限：{formatChineseDate(status.deadline)}（含当日）。{region ? `${region}：` : ""}
        {counts.total}个单位中，{counts.published}个已公开（按时{counts.onTime}个，逾期{counts.late}个），
        {counts.pending + counts.overdue}个未公开。
      </p>
      <p>
        <a href={csv}>下载本表 CSV（全部{counts.total}个单位，按单位编码排列）</a>　
        <a href={`/api/v1/open-data/${year}.zip`}>下载本年度开放数据（ZIP：全部数据包与明细 CSV）</a>　
        <a href={`/api/v1/open-data/${year}/datapackage.json`}>财政数据包描述</a>
      </p>
      <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={`${year}年度公开情况（可左右滚动）`}>
        <table className={styles.table}>
          <caption className="visually-hidden">{year}年度各单位公开情况</caption>
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">公开情况</th>
              <th scope="col">首次公开</th>
              <th scope="col">最新版本</th>
            </tr>
          </thead>
          <tbody>
            {status.rows.map((r) => (
              <tr key={r.unit.code}>
                <th scope="row">
                  <UnitName unit={r.unit} />
                </th>
                <td>
                  <TimelinessLabel value={r.timeliness} />
                </td>
                <td>{r.firstPublishedAt ? formatChineseDate(r.firstPublishedAt) : "—"}</td>
                <td>
                  {r.revisionNumber ? (
                    <Link prefetch={false} href={reportPath(r.unit.code, year)}>
                      第{r.revisionNumber}版{r.latestPublishedAt ? `（${formatChineseDate(r.latestPublishedAt)}）` : ""}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager info={status.info} path={`/status/${year}`} params={{ region: region ?? undefined }} label="公开情况分页" />
    </div>
  );
}
