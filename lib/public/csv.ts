/**
 * CSV of a disclosure table: UTF-8 with a BOM (EF BB BF) so that Excel in Chinese opens it with
 * the right encoding; CRLF line ends (RFC 4180). Amounts are the core's 万元 two-decimal texts.
 */
import type { DisclosureTable } from "@/lib/disclosure/model";
import { cellText } from "./cell-text";
import { leafHeaderLabels } from "./header-paths";

export const BOM = "\uFEFF";

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLines(rows: string[][]): string {
  return BOM + rows.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}

/** Title line, unit line, one header line (group labels joined with "-"), then the rows. */
export function tableCsv(table: DisclosureTable, unitName: string, year: number, demo: boolean): string {
  const rows: string[][] = [];
  if (demo) rows.push(["示例数据：本表为演示用虚构数据，不代表任何真实单位"]);
  rows.push([`${table.id} ${table.title}`]);
  rows.push([`单位：${unitName}`, `年度：${year}`, `金额单位：${table.unitLabel}`]);
  rows.push(leafHeaderLabels(table).map((parts) => parts.join("-")));
  for (const row of table.rows) rows.push(row.values.map((v, i) => cellText(v, table.columns[i].kind)));
  if (table.emptyNote) rows.push([table.emptyNote]);
  return csvLines(rows);
}
