import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/public/lists/lists.module.css";
import { FacetSelect } from "@/components/public/paging/facet-select";
import pagerStyles from "@/components/public/paging/pager.module.css";
import { Pager } from "@/components/public/paging/pager";
import { UnitSearch } from "@/components/public/search/unit-search";
import { UnitName } from "@/components/public/unit-name";
import { pageHref, parsePage } from "@/lib/public/paging";
import { UNIT_LETTERS, parseUnitLetter } from "@/lib/public/unit-letters";
import { reportPath } from "@/lib/public/report-paths";
import { listUnitFacets } from "@/lib/server/public/list-unit-facets";
import { listUnits } from "@/lib/server/public/list-units";

// Per request: ?q= filters the list (the no-JavaScript form of the search), ?region= ?category=
// ?letter= (拼音首字母, ordered by pinyin) ?page=.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "单位",
  description: "全部单位及其已公开的部门决算年度，可按名称、简称或编码搜索，按地区、类别和拼音首字母筛选。",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function UnitsPage({ searchParams }: Props) {
  const params = await searchParams;
  const letter = parseUnitLetter(one(params.letter));
  const filter = { q: one(params.q).slice(0, 50), region: one(params.region), category: one(params.category), letter };
  const [{ units, info }, facets] = await Promise.all([listUnits({ ...filter, page: parsePage(params) }), listUnitFacets()]);
  const filtered = filter.q || filter.region || filter.category || letter;
  const letterCounts = new Map(facets.letters.map((l) => [l.value, l.count]));
  return (
    <div className="container">
      <h1>单位</h1>
      <UnitSearch />
      <form method="get" action="/units" className={pagerStyles.filters} aria-label="筛选单位">
        <input type="hidden" name="q" value={filter.q} />
        {letter ? <input type="hidden" name="letter" value={letter} /> : null}
        <FacetSelect label="地区" name="region" everyLabel="全部地区" facets={facets.regions} value={filter.region} />
        <FacetSelect label="类别" name="category" everyLabel="全部类别" facets={facets.categories} value={filter.category} />
        <button className="button button-secondary" type="submit">
          筛选
        </button>
      </form>
      <nav className={pagerStyles.letters} aria-label="按拼音首字母浏览">
        <span>拼音首字母：</span>
        {UNIT_LETTERS.map((l) => {
          const count = letterCounts.get(l) ?? 0;
          if (l === letter)
            return (
              <strong key={l} aria-current="page">
                {l}
              </strong>
            );
          if (count === 0)
            return (
              <span key={l} className={pagerStyles.emptyLetter} title={`${l}：没有单位`}>
                {l}
              </span>
            );
          return (
            <Link
              key={l}
              prefetch={false}
              href={pageHref("/units", { region: filter.region, category: filter.category, letter: l }, 1)}
              title={`${l}：${count}个单位`}
            >
              {l}
            </Link>
          );
        })}
      </nav>
      <p>
        {filter.q ? `“${filter.q}”的搜索结果：` : ""}
        {letter ? `名称拼音以 ${letter === "#" ? "字母以外的字符" : letter} 开头：` : ""}共{info.total}个单位。
        {filtered ? (
          <Link prefetch={false} href="/units">
            显示全部单位
          </Link>
        ) : null}
      </p>
      <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="单位列表（可左右滚动）">
        <table className={styles.table}>
          <caption className="visually-hidden">单位及已公开年度</caption>
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">编码</th>
              <th scope="col">地区</th>
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
                <td>{u.region}</td>
                <td>{u.category}</td>
                <td>
                  {u.publishedYears.length === 0
                    ? "暂无"
                    : u.publishedYears.map((y, i) => (
                        <span key={y.year}>
                          {i > 0 ? "、" : ""}
                          <Link prefetch={false} href={reportPath(u.code, y.year)}>
                            {y.year}年度
                          </Link>
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager info={info} path="/units" params={filter} label="单位列表分页" />
    </div>
  );
}
