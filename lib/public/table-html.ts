/**
 * A disclosure table as one compact HTML string. The report page injects it with
 * dangerouslySetInnerHTML instead of a React element tree: the RSC payload then carries one
 * string per table rather than an object per cell, which halves the page's weight (see
 * docs/DEPLOY.md, "Page weight"). Every text goes through escapeHtml.
 *
 * Markup is kept minimal because a table can have thousands of cells, and every "<" costs six
 * bytes in the RSC payload ("\u003c"): end tags of cells and rows are omitted (valid HTML: the
 * parser closes <td>, <th> and <tr> implicitly), amount cells are bare
 * <td> (right-aligned by default in the stylesheet), the name of a line is its row header
 * (<th scope=row>), code and 行次 cells carry class `c`; the row's level is its class
 * (l1 类, l2 款, l3 项, t 合计); a figure marked 示例/估算 is `<td class=m>` with a <sup> label. The short class names are global, scoped by the wrapper's
 * CSS-module class (components/public/report/report-table.module.css).
 */
import type { DisclosureTable, RowLevel, TableRow } from "@/lib/disclosure/model";
import { cellText } from "./cell-text";
import { PROVENANCE_LABELS } from "@/lib/disclosure/table-notes";
import { escapeHtml } from "./html-escape";

const LEVEL_CLASS: Partial<Record<RowLevel, string>> = { 类: "l1", 款: "l2", 项: "l3", 合计: "t" };

function rowHtml(table: DisclosureTable, row: TableRow): string {
  const cells = row.values.map((value, i) => {
    const kind = table.columns[i].kind;
    const text = escapeHtml(cellText(value, kind));
    if (kind === "text") return `<th scope=row>${text}`;
    if (kind === "code" || kind === "lineNo") return `<td class=c>${text}`;
    const mark = row.marks?.[i];
    // A marked figure (示例 / 估算) carries its label after the number; the table's note says what it means.
    if (mark) return `<td class=m>${text}<sup>${PROVENANCE_LABELS[mark].short}</sup>`;
    return `<td>${text}`;
  });
  const level = LEVEL_CLASS[row.level];
  return `<tr${level ? ` class=${level}` : ""}>${cells.join("")}`;
}

function headHtml(table: DisclosureTable): string {
  return table.headerRows
    .map((cells) => {
      const ths = cells.map((h) => {
        const span = `${h.colSpan > 1 ? ` colspan=${h.colSpan}` : ""}${h.rowSpan > 1 ? ` rowspan=${h.rowSpan}` : ""}`;
        return `<th scope=${h.colSpan > 1 ? "colgroup" : "col"}${span}>${escapeHtml(h.label)}`;
      });
      return `<tr>${ths.join("")}`;
    })
    .join("");
}

/** Rows kept with the header at a table's start, and together at its end, when printed. */
const KEEP_FIRST = 3;
const KEEP_LAST = 2;

/**
 * The body in up to three <tbody>: the first rows and the last rows are groups of class `k` that
 * the print stylesheet keeps unbroken, so a printed table never starts with a row or two at the
 * foot of a page nor leaves one orphan row on the next. A short table is one such group.
 */
function bodyHtml(table: DisclosureTable): string {
  const rows = table.rows.map((row) => rowHtml(table, row));
  if (rows.length <= KEEP_FIRST + KEEP_LAST) return `<tbody class=k>${rows.join("")}</tbody>`;
  const middle = rows.slice(KEEP_FIRST, rows.length - KEEP_LAST).join("");
  return `<tbody class=k>${rows.slice(0, KEEP_FIRST).join("")}</tbody><tbody>${middle}</tbody><tbody class=k>${rows.slice(-KEEP_LAST).join("")}</tbody>`;
}

/** `<table>` with caption, grouped header and body; the caller wraps it in a scroll container. */
export function tableHtml(table: DisclosureTable, caption: string): string {
  return `<table><caption>${escapeHtml(caption)}</caption><thead>${headHtml(table)}</thead>${bodyHtml(table)}</table>`;
}
