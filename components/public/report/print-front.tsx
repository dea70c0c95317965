import { markedTableIds } from "@/lib/disclosure/table-notes";
import { formatChineseDate } from "@/lib/public/format-date";
import { reportOutline } from "@/lib/public/report-outline";
import type { PublishedReport } from "@/lib/public/types";
import styles from "./print-front.module.css";

/**
 * The printed report's first pages, shown only in print (the PDF): a cover with unit, year and
 * 公开 date, then the 目录. Each 目录 line has an empty page-number slot (`data-toc-page`) that
 * the PDF printer fills after a first print (lib/server/public/render-pdf.ts); a browser's own
 * print leaves the slots empty.
 */
export function PrintFront({ data }: { data: PublishedReport }) {
  const { unit, year, revision, report } = data;
  const outline = reportOutline({ unitName: unit.name, year, tables: report.tables, sections: report.narrative });
  const illustrative = markedTableIds(report.tables, "illustrative");
  const estimated = markedTableIds(report.tables, "estimated");
  return (
    <div className={styles.front}>
      <section className={styles.cover} aria-label="封面">
        <p className={styles.unit}>{unit.name}</p>
        <p className={styles.title}>{year}年度部门决算{data.kind === "DEPARTMENT" ? "（部门汇总）" : ""}</p>
        {unit.demo ? <p className={styles.demo}>示例数据：演示用虚构数据，不代表任何真实单位</p> : null}
        {illustrative.length > 0 ? <p className={styles.demo}>{illustrative.join("、")}中标“示”的数字为示例数据，不是实际决算数，说明见各表下注。</p> : null}
        {estimated.length > 0 ? <p className={styles.demo}>{estimated.join("、")}中标“估”的数字为估算数，说明见各表下注。</p> : null}
        <p className={styles.date}>
          {formatChineseDate(revision.publishedAt)}公开{revision.number > 1 ? `（第${revision.number}版）` : ""}
        </p>
        {revision.changeNote ? <p className={styles.date}>更正说明：{revision.changeNote}</p> : null}
      </section>
      <nav className={styles.toc} aria-label="目录（打印）">
        <p className={styles.tocTitle}>目　录</p>
        <ol>
          {outline.map((e) => (
            <li key={e.id} className={e.level === 1 ? styles.l1 : styles.l2}>
              <span className={styles.label}>{e.label}</span>
              <span className={styles.page} data-toc-page={e.id} />
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}
