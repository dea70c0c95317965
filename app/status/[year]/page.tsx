import type { Metadata } from "next";
import { notFound } from "next/navigation";
import styles from "@/components/public/lists/lists.module.css";
import { TimelinessLabel } from "@/components/public/lists/timeliness-label";
import { UnitName } from "@/components/public/unit-name";
import { formatChineseDate } from "@/lib/public/format-date";
import { reportPath } from "@/lib/public/report-paths";
import { getPublicationStatus } from "@/lib/server/public/get-publication-status";
import Link from "next/link";

// Rendered per request: an App Router page carries inline scripts, which the CSP allows only with
// this request's nonce (proxy.ts), so its HTML cannot be reused; nginx micro-caches it (DEPLOY.md).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ year: string }> };

async function load(params: Props["params"]) {
  const { year } = await params;
  return /^\d{4}$/.test(year) ? getPublicationStatus(Number(year)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const status = await load(params);
  if (!status) return { title: "年度不存在" };
  return {
    title: `${status.year}年度部门决算公开情况`,
    description: `${status.year}年度：${status.counts.total}个单位中${status.counts.published}个已公开（按时${status.counts.onTime}个，逾期${status.counts.late}个），${status.counts.pending + status.counts.overdue}个未公开。`,
  };
}

export default async function StatusPage({ params }: Props) {
  const status = await load(params);
  if (!status) notFound();
  const { year, counts } = status;
  return (
    <div className="container">
      <h1>{year}年度部门决算公开情况</h1>
      <p>
        公开期限：{formatChineseDate(status.deadline)}（含当日）。{counts.total}个单位中，{counts.published}个已公开（按时{counts.onTime}个，逾期{counts.late}个），
        {counts.pending + counts.overdue}个未公开。
      </p>
      <p>
        <a href={`/api/v1/status/${year}.csv`}>下载本表 CSV</a>　<a href={`/api/v1/open-data/${year}.zip`}>下载本年度开放数据（ZIP：全部数据包与明细 CSV）</a>　
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
    </div>
  );
}
