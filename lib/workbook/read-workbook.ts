/**
 * XLSX → package. Every problem is collected with its sheet, row and column (in Chinese), then the
 * assembled package goes through the package schema, whose JSON-path issues are mapped back to
 * the cell they came from. Any issue means no package: an import with an error changes nothing.
 */
import ExcelJS from "exceljs";
import { describeIssue, parsePackage, type TPackage } from "@/lib/disclosure/package";
import { cellToAmount, cellToCode, cellToCount, cellToText, plainCell, type CellInput, type Converted } from "./cells";
import { jsonPath, setIn } from "./paths";
import { FIELD_HEADERS, FIRST_DATA_ROW, SHEETS, type FieldsSheet, type ListSheet, type RowsSheet } from "./sheets";
import { checkZipLimits } from "./zip-limits";

export interface WorkbookIssue {
  sheet: string;
  /** 1-based Excel row; 0 when the issue concerns the whole sheet. */
  row: number;
  /** Excel column letter, "" when the issue concerns a whole row or sheet. */
  column: string;
  message: string;
}

export type ReadWorkbookResult = { ok: true; package: TPackage } | { ok: false; issues: WorkbookIssue[] };

type Location = Omit<WorkbookIssue, "message">;

class Reader {
  readonly raw: Record<string, unknown> = { format: "budget-disclosure/1" };
  readonly issues: WorkbookIssue[] = [];
  /** JSON path → the cell it was read from, to place schema issues. */
  readonly where = new Map<string, Location>();

  fail(at: Location, message: string): void {
    this.issues.push({ ...at, message });
  }

  take<T>(at: Location, result: Converted<T>): T | undefined {
    if (result.ok) return result.value;
    this.fail(at, result.message);
    return undefined;
  }
}

const letter = (column: number) => {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
};

function checkHeaders(reader: Reader, sheet: ExcelJS.Worksheet, name: string, headers: readonly string[]): boolean {
  const wrong = headers.findIndex((label, i) => String(plainCell(sheet.getCell(2, i + 1).value as CellInput) ?? "").trim() !== label);
  if (wrong === -1) return true;
  reader.fail({ sheet: name, row: 2, column: letter(wrong + 1) }, `表头应为「${headers[wrong]}」，请使用平台下载的模板`);
  return false;
}

function dataRows(sheet: ExcelJS.Worksheet): number[] {
  const rows: number[] = [];
  for (let r = FIRST_DATA_ROW; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as CellInput[];
    if (
      values.some((v) => {
        const p = plainCell(v);
        return p !== null && String(p).trim() !== "";
      })
    )
      rows.push(r);
  }
  return rows;
}

const OPTIONAL_OBJECTS = new Set(["source", "priorYear"]);

function ensureObject(root: Record<string, unknown>, path: readonly string[]): void {
  let node = root;
  for (const key of path) {
    if (node[key] === null || typeof node[key] !== "object") node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
}

function readFields(reader: Reader, sheet: ExcelJS.Worksheet, spec: FieldsSheet): void {
  const byLabel = new Map<string, number>();
  for (const r of dataRows(sheet)) byLabel.set(String(plainCell(sheet.getCell(r, 1).value as CellInput) ?? "").trim(), r);
  let absent = false; // priorYear: "否" or "空" means the remaining fields are not read
  for (const field of spec.fields) {
    const r = byLabel.get(field.label);
    if (r === undefined && field.type === "json") continue; // optional, and absent from older templates
    if (r === undefined) {
      reader.fail({ sheet: spec.name, row: 0, column: "A" }, `缺少项目「${field.label}」`);
      continue;
    }
    if (absent) continue;
    // Objects whose keys are all optional (reasons, explanations) must exist even when empty.
    if (!OPTIONAL_OBJECTS.has(field.path[0])) ensureObject(reader.raw, field.path.slice(0, -1));
    const at = { sheet: spec.name, row: r, column: "B" };
    const cell = sheet.getCell(r, 2).value as CellInput;
    reader.where.set(jsonPath(field.path), at);
    if (field.type === "presence") {
      const answer = String(plainCell(cell) ?? "否").trim();
      if (!["是", "否", "空"].includes(answer)) reader.fail(at, "只能填写「是」「否」或「空」");
      if (answer === "空") setIn(reader.raw, field.path, null);
      absent = answer !== "是";
    } else if (field.type === "amount") setIn(reader.raw, field.path, reader.take(at, cellToAmount(cell)));
    else if (field.type === "count" || field.type === "year") setIn(reader.raw, field.path, reader.take(at, cellToCount(cell)));
    else {
      let text = cellToText(cell, field.type === "optionalText" || field.type === "json");
      // Long text continues in the following columns (see CELL_TEXT_LIMIT).
      for (let c = 3; text !== undefined && plainCell(sheet.getCell(r, c).value as CellInput) !== null; c++) {
        text += cellToText(sheet.getCell(r, c).value as CellInput, false);
      }
      if (field.type !== "json") setIn(reader.raw, field.path, text);
      else if (text !== undefined) {
        try {
          setIn(reader.raw, field.path, JSON.parse(text));
        } catch {
          reader.fail(at, "不是有效的 JSON");
        }
      }
    }
  }
}

function readRows(reader: Reader, sheet: ExcelJS.Worksheet, spec: RowsSheet): void {
  const items: Record<string, unknown>[] = [];
  for (const r of dataRows(sheet)) {
    const index = items.length;
    const item: Record<string, unknown> = {};
    spec.columns.forEach((column, c) => {
      const at = { sheet: spec.name, row: r, column: letter(c + 1) };
      const cell = sheet.getCell(r, c + 1).value as CellInput;
      reader.where.set(jsonPath([...spec.path, index, column.key]), at);
      if (column.type === "code") {
        const code = reader.take(at, cellToCode(cell));
        if (code === null) reader.fail(at, "科目编码不能为空");
        item.code = code ?? undefined;
      } else if (column.type === "amount") item[column.key] = reader.take(at, cellToAmount(cell));
      else if (column.type === "optionalText") {
        const text = cellToText(cell, true);
        if (text !== undefined) item[column.key] = text;
      }
    });
    reader.where.set(jsonPath([...spec.path, index]), { sheet: spec.name, row: r, column: "" });
    items.push(item);
  }
  setIn(reader.raw, spec.path, items);
}

function readList(reader: Reader, sheet: ExcelJS.Worksheet, spec: ListSheet): void {
  const items = dataRows(sheet).map((r, i) => {
    reader.where.set(jsonPath([...spec.path, i]), { sheet: spec.name, row: r, column: "B" });
    return cellToText(sheet.getCell(r, 2).value as CellInput, false) ?? "";
  });
  setIn(reader.raw, spec.path, items);
}

/** The nearest located ancestor of a JSON path (an issue on `income[2]` lands on its row). */
function locate(reader: Reader, path: string): Location {
  for (let p = path; p !== ""; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, "")) {
    const at = reader.where.get(p);
    if (at) return at;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return { sheet: "封面", row: 0, column: "" };
}

/** An .xlsx that is not a readable workbook: damaged, or another file renamed. */
export const CORRUPT_XLSX = "文件不是有效的 XLSX 工作簿：可能已损坏，或是其他类型的文件改了扩展名。请在 Excel 中打开并另存为 .xlsx 后再导入";

/** A zip that holds no workbook (a .docx, a folder zipped up and renamed). */
export const NOT_A_WORKBOOK = "文件是 ZIP 压缩包，但不是 Excel 工作簿（例如 Word 文档或改了扩展名的压缩包）。请导入平台下载的 XLSX 模板，填好后另存为 .xlsx";

/** A workbook, but none of the template's sheets: some other spreadsheet. */
export const NOT_THE_TEMPLATE = `这个工作簿不是平台的导入模板：没有「${SHEETS[0].name}」「${SHEETS[3].name}」等工作表。请在“导入与导出”中下载空白模板，把数字填进模板后再导入`;

/**
 * A formula whose result Excel never stored (a file written by a program, not saved by Excel), or
 * whose result is an error (#REF!, #DIV/0!): its value is unknown, and reading it as blank would
 * save 0.00 in its place.
 */
function checkFormulas(reader: Reader, sheet: ExcelJS.Worksheet, name: string): void {
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const value = cell.value as CellInput;
      if (!value || typeof value !== "object" || value instanceof Date || !("formula" in value || "sharedFormula" in value)) return;
      const result = (value as { result?: unknown }).result;
      const at = { sheet: name, row: r, column: letter(c) };
      if (result === undefined || result === null) reader.fail(at, "公式没有保存计算结果，请在 Excel 中打开并保存后再导入，或把公式粘贴为数值");
      else if (typeof result === "object" && result !== null && "error" in result)
        reader.fail(at, `公式的结果是错误值 ${String((result as { error: unknown }).error)}，请修正后再导入`);
    });
  });
}

export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<ReadWorkbookResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const limits = checkZipLimits(bytes);
  if (!limits.ok) return { ok: false, issues: [{ sheet: "", row: 0, column: "", message: limits.corrupt ? CORRUPT_XLSX : limits.message }] };
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, issues: [{ sheet: "", row: 0, column: "", message: CORRUPT_XLSX }] };
  }
  // Say what the file is rather than list every missing sheet of a file that was never the template.
  if (book.worksheets.length === 0) return { ok: false, issues: [{ sheet: "", row: 0, column: "", message: NOT_A_WORKBOOK }] };
  if (!SHEETS.some((spec) => book.getWorksheet(spec.name))) return { ok: false, issues: [{ sheet: "", row: 0, column: "", message: NOT_THE_TEMPLATE }] };
  const reader = new Reader();
  for (const spec of SHEETS) {
    const sheet = book.getWorksheet(spec.name);
    if (!sheet) {
      reader.fail({ sheet: spec.name, row: 0, column: "" }, `缺少工作表「${spec.name}」`);
      continue;
    }
    const headers = spec.kind === "fields" ? FIELD_HEADERS : spec.kind === "rows" ? spec.columns.map((c) => c.header) : ["序号", spec.header];
    if (!checkHeaders(reader, sheet, spec.name, headers)) continue;
    checkFormulas(reader, sheet, spec.name);
    if (spec.kind === "fields") readFields(reader, sheet, spec);
    else if (spec.kind === "rows") readRows(reader, sheet, spec);
    else readList(reader, sheet, spec);
  }
  if (reader.issues.length > 0) return { ok: false, issues: reader.issues };
  const parsed = parsePackage(reader.raw);
  if (parsed.ok) return { ok: true, package: parsed.package };
  return {
    ok: false,
    issues: parsed.issues.map((issue) => {
      const at = locate(reader, issue.path);
      // No cell to point at: name the field by its catalog label, never by its JSON key.
      return { ...at, message: at.row === 0 && issue.path ? describeIssue(issue) : issue.message };
    }),
  };
}

/** `公开02收入 第5行 C列：金额最多两位小数` — the line shown to a person. */
export function describeWorkbookIssue(issue: WorkbookIssue): string {
  const place = [issue.sheet && `工作表「${issue.sheet}」`, issue.row > 0 && `第${issue.row}行`, issue.column && `${issue.column}列`].filter(Boolean).join(" ");
  return place ? `${place}：${issue.message}` : issue.message;
}
