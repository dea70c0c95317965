import Link from "next/link";
import type { Paged } from "@/lib/workspace/view-models";
import styles from "./review.module.css";

/** 上一页 / 下一页 for a paged list; `href` builds the URL of a page with the current filters. */
export function Pager({ data, href }: { data: Paged<unknown>; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <nav className={styles.pager} aria-label="分页">
      {data.page > 1 ? <Link href={href(data.page - 1)}>上一页</Link> : <span className="muted">上一页</span>}
      <span>
        第 {data.page} / {pages} 页，共 {data.total} 条
      </span>
      {data.page < pages ? <Link href={href(data.page + 1)}>下一页</Link> : <span className="muted">下一页</span>}
    </nav>
  );
}

/** `?a=1&b=2` from the defined values only. */
export function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== "") params.set(k, String(v));
  const text = params.toString();
  return text ? `?${text}` : "";
}
