import Link from "next/link";
import { pageHref, type PageInfo } from "@/lib/public/paging";
import styles from "./pager.module.css";

/** 上一页 / 第 n / m 页 / 下一页 for a paged list; the other query parameters are kept. */
export function Pager({ info, path, params, label }: { info: PageInfo; path: string; params: Record<string, string | number | undefined>; label: string }) {
  if (info.pages <= 1) return null;
  return (
    <nav className={styles.pager} aria-label={label}>
      {info.page > 1 ? <Link prefetch={false} rel="prev" href={pageHref(path, params, info.page - 1)}>上一页</Link> : <span aria-hidden="true">上一页</span>}
      <span>
        第 {info.page} / {info.pages} 页（共 {info.total} 条）
      </span>
      {info.next ? <Link prefetch={false} rel="next" href={pageHref(path, params, info.next)}>下一页</Link> : <span aria-hidden="true">下一页</span>}
    </nav>
  );
}
