/**
 * package → XLSX (the template, empty or pre-filled). Same layout the reader expects
 * (./sheets.ts). Names of codes are written for the clerk's convenience and ignored on import.
 */
import ExcelJS from "exceljs";
import type { TPackage } from "@/lib/disclosure/package";
import { codeSetForYear, economicName, functionalName } from "@/lib/disclosure/codes";
import { amountToCell } from "./cells";
import { getIn } from "./paths";
import { FIELD_HEADERS, SHEETS, type FieldSpec, type FieldsSheet, type ListSheet, type RowsSheet } from "./sheets";

/** Excel holds at most 32,767 characters per cell: longer text continues in the next columns. */
export const CELL_TEXT_LIMIT = 32_000;

function chunks(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += CELL_TEXT_LIMIT) parts.push(text.slice(i, i + CELL_TEXT_LIMIT));
  return parts.length === 0 ? [""] : parts;
}

function fieldCells(pkg: TPackage, spec: FieldSpec): (string | number | null)[] {
  const value = getIn(pkg, spec.path);
  switch (spec.type) {
    case "presence":
      return [value === null ? "空" : value === undefined ? "否" : "是"];
    case "amount":
      return [typeof value === "string" ? amountToCell(value) : null];
    case "count":
    case "year":
      return [typeof value === "number" ? value : null];
    case "json":
      return value === undefined ? [null] : chunks(JSON.stringify(value));
    default:
      return typeof value === "string" ? chunks(value) : [null];
  }
}

function header(sheet: ExcelJS.Worksheet, title: string, headers: readonly string[]): void {
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  headers.forEach((label, i) => {
    const cell = sheet.getCell(2, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
  });
  sheet.views = [{ state: "frozen", ySplit: 2 }];
}

function writeFields(book: ExcelJS.Workbook, spec: FieldsSheet, pkg: TPackage | null): void {
  const sheet = book.addWorksheet(spec.name);
  header(sheet, spec.title, FIELD_HEADERS);
  sheet.getColumn(1).width = 44;
  sheet.getColumn(2).width = 60;
  spec.fields.forEach((field, i) => {
    const row = sheet.getRow(i + 3);
    row.getCell(1).value = field.label;
    if (pkg) fieldCells(pkg, field).forEach((value, j) => (row.getCell(j + 2).value = value));
    if (field.type === "amount") row.getCell(2).numFmt = "#,##0.00";
  });
}

function writeRows(book: ExcelJS.Workbook, spec: RowsSheet, pkg: TPackage | null): void {
  const sheet = book.addWorksheet(spec.name);
  header(
    sheet,
    spec.title,
    spec.columns.map((c) => c.header),
  );
  spec.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.type === "name" ? 36 : c.type === "optionalText" ? 40 : 16));
  const rows = (pkg ? (getIn(pkg, spec.path) as Record<string, string>[]) : []) ?? [];
  const codes = pkg ? codeSetForYear(pkg.year) : null;
  rows.forEach((item, r) => {
    const row = sheet.getRow(r + 3);
    spec.columns.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      if (column.type === "name") {
        cell.value = (spec.codeKind === "functional" ? functionalName(codes, item.code) : economicName(codes, item.code)) ?? "";
      } else if (column.type === "amount") {
        cell.value = amountToCell(item[column.key]);
        cell.numFmt = "#,##0.00";
      } else {
        cell.value = item[column.key] ?? null;
      }
    });
  });
}

function writeList(book: ExcelJS.Workbook, spec: ListSheet, pkg: TPackage | null): void {
  const sheet = book.addWorksheet(spec.name);
  header(sheet, spec.title, ["序号", spec.header]);
  sheet.getColumn(2).width = 100;
  const items = (pkg ? (getIn(pkg, spec.path) as string[]) : []) ?? [];
  items.forEach((text, i) => {
    sheet.getCell(i + 3, 1).value = i + 1;
    sheet.getCell(i + 3, 2).value = text;
  });
}

/** The template as an .xlsx file; `pkg` null gives the empty template. */
export async function writeWorkbook(pkg: TPackage | null): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "公开 · 部门决算公开平台";
  for (const spec of SHEETS) {
    if (spec.kind === "fields") writeFields(book, spec, pkg);
    else if (spec.kind === "rows") writeRows(book, spec, pkg);
    else writeList(book, spec, pkg);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
