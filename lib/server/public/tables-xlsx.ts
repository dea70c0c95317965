import "@/lib/server/server-only";
import ExcelJS from "exceljs";
import type { DisclosureTable } from "@/lib/disclosure/model";
import { PROVENANCE_LABELS } from "@/lib/disclosure/table-notes";
import { cellText } from "@/lib/public/cell-text";
import type { PublishedReport } from "@/lib/public/types";

const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "宋体";

/** Places the grouped header (colSpan/rowSpan) from `startRow`, merging cells as the official tables do. */
function writeHeader(ws: ExcelJS.Worksheet, table: DisclosureTable, startRow: number): number {
  const width = table.columns.length;
  const taken = new Set<string>();
  table.headerRows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken.has(`${r}:${c}`)) c++;
      const top = startRow + r;
      const left = c + 1;
      const bottom = top + cell.rowSpan - 1;
      const right = left + cell.colSpan - 1;
      ws.getCell(top, left).value = cell.label;
      if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) taken.add(`${r + dr}:${c + dc}`);
      c += cell.colSpan;
    }
  });
  const end = startRow + table.headerRows.length - 1;
  for (let r = startRow; r <= end; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.font = { name: FONT, bold: true, size: 10 };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEF1F4" } };
    }
  }
  return end + 1;
}

function writeSheet(wb: ExcelJS.Workbook, table: DisclosureTable, data: PublishedReport) {
  const ws = wb.addWorksheet(table.id, { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = table.columns.length;
  ws.columns = table.columns.map((c) => ({ width: c.kind === "text" ? 30 : c.kind === "code" ? 12 : c.kind === "lineNo" ? 6 : 16 }));
  let row = 1;
  if (data.unit.demo) {
    ws.getCell(row, 1).value = "示例数据：演示用虚构数据，不代表任何真实单位";
    ws.getCell(row, 1).font = { name: FONT, bold: true, color: { argb: "FF8A5A00" } };
    ws.mergeCells(row, 1, row, width);
    row++;
  }
  ws.getCell(row, 1).value = `${table.title}`;
  ws.getCell(row, 1).font = { name: FONT, bold: true, size: 16 };
  ws.getCell(row, 1).alignment = { horizontal: "center" };
  ws.mergeCells(row, 1, row, width);
  ws.getCell(row + 1, width).value = table.id;
  ws.getCell(row + 1, width).alignment = { horizontal: "right" };
  ws.getCell(row + 2, 1).value = `编制单位：${data.unit.name}　　${data.year}年度`;
  ws.getCell(row + 2, width).value = `金额单位：${table.unitLabel}`;
  ws.getCell(row + 2, width).alignment = { horizontal: "right" };
  row = writeHeader(ws, table, row + 3);
  ws.views = [{ state: "frozen", ySplit: row - 1 }];
  for (const r of table.rows) {
    const line = ws.getRow(row++);
    r.values.forEach((v, i) => {
      const cell = line.getCell(i + 1);
      const kind = table.columns[i].kind;
      // A number cell so Excel can sum it; its value is the core's two-decimal 万元 text read back,
      // so the sheet holds exactly the figure the published table prints.
      if (typeof v === "bigint") {
        cell.value = Number(cellText(v, kind));
        cell.numFmt = "#,##0.00";
      } else cell.value = v === null ? null : kind === "count" ? Number(v) : String(v);
      cell.border = BORDER;
      cell.font = { name: FONT, size: 10, bold: r.level === "合计" || r.level === "类" };
      const mark = r.marks?.[i];
      if (mark) {
        // A 示例/估算 figure stays a number: tinted, italic, with a cell note; the note row below says why.
        cell.font = { ...cell.font, italic: true, color: { argb: "FF8A5A00" } };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF6E0" } };
        cell.note = PROVENANCE_LABELS[mark].long;
      }
      if (kind === "text" && (r.level === "款" || r.level === "项")) cell.alignment = { indent: r.level === "款" ? 1 : 2 };
    });
  }
  for (const text of [table.emptyNote, ...(table.notes ?? []).map((n) => n.text)]) {
    if (!text) continue;
    ws.getCell(row, 1).value = text;
    ws.mergeCells(row, 1, row, width);
    ws.getCell(row, 1).alignment = { wrapText: true };
    ws.getRow(row).height = 30;
    row++;
  }
}

/**
 * The nine tables as one workbook, a sheet per table, laid out like the official forms.
 *
 * The same revision gives the same bytes on every request, so the API's body-hash ETag holds and
 * If-None-Match gets its 304: exceljs would stamp the time of building into docProps/core.xml and
 * its zip library into every entry, so both are set to the revision's publication instead.
 */
export async function tablesXlsx(data: PublishedReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "公开 · 部门决算公开平台";
  wb.title = `${data.unit.name}${data.year}年度部门决算表`;
  wb.created = data.revision.publishedAt;
  wb.modified = data.revision.publishedAt;
  for (const table of data.report.tables) writeSheet(wb, table, data);
  return setZipEntryDates(Buffer.from(await wb.xlsx.writeBuffer()), data.revision.publishedAt);
}

/**
 * Rewrites the modification time of every entry of a zip (its local header and its central
 * directory record) to `date`, in place; exceljs gives no way to pass one. The dates are outside
 * the compressed data and its CRC, so nothing else changes. DOS time: UTC fields, 2-second steps.
 */
function setZipEntryDates(zip: Buffer, date: Date): Buffer {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = (Math.max(0, date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  // End of central directory: 22 bytes plus a comment of at most 65,535.
  let end = zip.length - 22;
  while (end >= 0 && end >= zip.length - 22 - 0xffff && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0 || zip.readUInt32LE(end) !== 0x06054b50) throw new Error("not a zip: no end of central directory");
  const entries = zip.readUInt16LE(end + 10);
  let record = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(record) !== 0x02014b50) throw new Error("not a zip: bad central directory record");
    zip.writeUInt16LE(time, record + 12);
    zip.writeUInt16LE(day, record + 14);
    const local = zip.readUInt32LE(record + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error("not a zip: bad local file header");
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(day, local + 12);
    record += 46 + zip.readUInt16LE(record + 28) + zip.readUInt16LE(record + 30) + zip.readUInt16LE(record + 32);
  }
  return zip;
}
