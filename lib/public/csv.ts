/**
 * CSV of a disclosure table: UTF-8 with a BOM (EF BB BF) so that Excel in Chinese opens it with
 * the right encoding; CRLF line ends (RFC 4180). Amounts are the core's 万元 two-decimal texts.
 */
import type { DisclosureTable, TableRow } from "@/lib/disclosure/model";
import { PROVENANCE_LABELS } from "@/lib/disclosure/table-notes";
import { cellText } from "./cell-text";
import { leafHeaderLabels } from "./header-paths";

export const BOM = "\uFEFF";

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLines(rows: string[][]): string {
  return BOM + rows.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}

/** `示例：基本支出、项目支出` — which figures of a row are marked, for the CSV's 数据性质 column. */
function rowProvenance(labels: string[], row: TableRow): string {
  if (!row.marks) return "";
  const kinds = [...new Set(row.marks.filter((m) => m !== null))];
  return kinds
    .map((kind) => `${PROVENANCE_LABELS[kind].long.replace(/（.*$/, "")}：${labels.filter((_, i) => row.marks![i] === kind).join("、")}`)
    .join("；");
}

/**
 * Title line, unit line, one header line (group labels joined with "-"), then the rows; then the
 * table's notes (示例/估算, 尾差). A table with marked figures gets a last column, 数据性质, that
 * names them on each row, so the amounts stay plain numbers.
 */
export function tableCsv(table: DisclosureTable, unitName: string, year: number, demo: boolean): string {
  const rows: string[][] = [];
  const marked = table.rows.some((r) => r.marks);
  if (demo) rows.push(["示例数据：本表为演示用虚构数据，不代表任何真实单位"]);
  rows.push([`${table.id} ${table.title}`]);
  rows.push([`单位：${unitName}`, `年度：${year}`, `金额单位：${table.unitLabel}`]);
  const labels = leafHeaderLabels(table).map((parts) => parts.join("-"));
  rows.push([...labels, ...(marked ? ["数据性质"] : [])]);
  for (const row of table.rows) {
    rows.push([...row.values.map((v, i) => cellText(v, table.columns[i].kind)), ...(marked ? [rowProvenance(labels, row)] : [])]);
  }
  if (table.emptyNote) rows.push([table.emptyNote]);
  for (const note of table.notes ?? []) rows.push([note.text]);
  return csvLines(rows);
}
