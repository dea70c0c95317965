import type { DisclosureTable } from "@/lib/disclosure/model";
import { tableHtml } from "@/lib/public/table-html";
import styles from "./report-table.module.css";

/**
 * One of the nine tables, server-rendered with no client JS. The scroll box is focusable so a
 * keyboard user can scroll a wide table sideways.
 */
export function ReportTable({ table, unitName, year }: { table: DisclosureTable; unitName: string; year: number }) {
  const caption = `${table.id} ${table.title}（${unitName}${year}年度，单位：${table.unitLabel}）`;
  return (
    <section id={table.key} aria-labelledby={`${table.key}-h`} className="report-table">
      <div className={styles.keepRoom} aria-hidden="true" />
      <h3 id={`${table.key}-h`} className={styles.heading}>
        {table.id} {table.title}
      </h3>
      <p className={`muted ${styles.heading}`}>
        单位：{unitName}　金额单位：{table.unitLabel}
      </p>
      {table.emptyNote ? <p className="notice">{table.emptyNote}</p> : null}
      <div
        className={styles.scroll}
        tabIndex={0}
        role="region"
        aria-label={`${table.id} ${table.title}（可左右滚动）`}
        dangerouslySetInnerHTML={{ __html: tableHtml(table, caption) }}
      />
      {table.notes?.map((note, i) => (
        <p key={i} className={note.kind === "rounding" ? styles.note : `${styles.note} ${styles.provenance}`}>
          {note.text}
        </p>
      ))}
    </section>
  );
}
