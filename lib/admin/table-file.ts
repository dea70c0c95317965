/**
 * A list uploaded by an admin (units, codes) as rows of cells: CSV in UTF-8 (with or without BOM)
 * or GBK — the encoding Excel on a Chinese Windows saves CSV in — detected from the bytes, or
 * XLSX (first sheet). The file's kind is decided by its content, never by its name. Pure except
 * for exceljs (no Node or DOM APIs), so the browser-safe layer may import it.
 */
import ExcelJS from "exceljs";

export type TableFile = { ok: true; kind: "csv" | "xlsx"; encoding?: "utf-8" | "utf-8-bom" | "gbk"; rows: string[][] } | { ok: false; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** UTF-8 when the bytes are valid UTF-8 (BOM or not), else GBK. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: "utf-8" | "utf-8-bom" | "gbk" } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gbk").decode(bytes), encoding: "gbk" };
  }
}

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks; comma or tab separated. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.map((r) => r.map((cell) => cell.trim())).filter((r) => r.some((cell) => cell !== ""));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return String(value.result ?? "");
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

/** Reads an uploaded list. Anything that is neither XLSX nor text is refused with a Chinese message. */
export async function readTableFile(bytes: Uint8Array): Promise<TableFile> {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      return { ok: false, message: "无法读取该 XLSX 文件，请用 Excel 另存后再试" };
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) return { ok: false, message: "XLSX 文件中没有工作表" };
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
      if (cells.some((cell) => cell !== "")) rows.push(cells);
    });
    return { ok: true, kind: "xlsx", rows };
  }
  if (bytes.includes(0)) return { ok: false, message: "只能导入 CSV 或 XLSX 文件" };
  const { text, encoding } = decodeCsvBytes(bytes);
  return { ok: true, kind: "csv", encoding, rows: parseCsv(text) };
}
