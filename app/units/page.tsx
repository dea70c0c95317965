import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/public/lists/lists.module.css";
import { UnitSearch } from "@/components/public/search/unit-search";
import { UnitName } from "@/components/public/unit-name";
import { reportPath } from "@/lib/public/report-paths";
import { listUnits } from "@/lib/server/public/list-units";

// Per request: ?q= filters the list (the no-JavaScript form of the search).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "单位",
  description: "全部单位及其已公开的部门决算年度，可按名称或编码搜索。",
};

type Props = { searchParams: Promise<{ q?: string }> };

export default async function UnitsPage({ searchParams }: Props) {
  const { q = "" } = await searchParams;
  const units = await listUnits(q);
  return (
    <div className="container">
      <h1>单位</h1>
      <UnitSearch />
      {q ? (
        <p>
          “{q}”的搜索结果：{units.length}个单位。<Link prefetch={false} href="/units">显示全部单位</Link>
        </p>
      ) : null}
      <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="单位列表（可左右滚动）">
        <table className={styles.table}>
          <caption className="visually-hidden">单位及已公开年度</caption>
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">编码</th>
              <th scope="col">类别</th>
              <th scope="col">已公开的部门决算</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.code}>
                <th scope="row">
                  <UnitName unit={u} />
                </th>
                <td>{u.code}</td>
                <td>{u.category}</td>
                <td>
                  {u.publishedYears.length === 0
                    ? "暂无"
                    : u.publishedYears.map((y, i) => (
                        <span key={y.year}>
                          {i > 0 ? "、" : ""}
                          <Link prefetch={false} href={reportPath(u.code, y.year)}>{y.year}年度</Link>
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
