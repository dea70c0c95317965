import Link from "next/link";
import styles from "./admin.module.css";

/** 上一页 / 下一页 for an admin list; keeps the other query parameters. */
export function Pager({
  path,
  params,
  page,
  pageCount,
  total,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  total: number;
}) {
  const href = (p: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${path}?${query}`;
  };
  return (
    <nav className={styles.pager} aria-label="分页">
      <span>
        共 {total} 条，第 {page} / {pageCount} 页
      </span>
      {page > 1 && <Link href={href(page - 1)}>上一页</Link>}
      {page < pageCount && <Link href={href(page + 1)}>下一页</Link>}
    </nav>
  );
}

export function SearchBox({ path, q, label, hidden = {} }: { path: string; q?: string; label: string; hidden?: Record<string, string> }) {
  return (
    <form className={styles.search} action={path} method="get" role="search">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label htmlFor="q">{label}</label>
      <input id="q" name="q" type="search" defaultValue={q ?? ""} />
      <button className="button button-secondary" type="submit">
        搜索
      </button>
    </form>
  );
}
