import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { describeIssue, parsePackage, type TPackage } from "@/lib/disclosure/package";
import { unknownFieldPaths } from "@/lib/disclosure/unknown-fields";
import { CORRUPT_XLSX, describeWorkbookIssue, readWorkbook } from "@/lib/workbook/read-workbook";
import { IMPORT_EMPTY_FILE, IMPORT_MAX_BYTES } from "@/lib/workspace/schemas";
import { loadScopedReport } from "./load-scoped-report";
import { writeDraftPackage } from "./write-draft-package";

export interface ImportRevisionPackageOptions {
  actor: Actor;
  reportId: string;
  version: number;
  file: { name: string; size: number; bytes: Uint8Array };
}

function kindOf(file: ImportRevisionPackageOptions["file"]): "xlsx" | "json" {
  const name = file.name.toLowerCase();
  // An .xlsx is a zip ("PK"); the extension alone is not trusted, and a damaged one is told so.
  if (name.endsWith(".xlsx")) {
    if (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b) return "xlsx";
    throw new AppError("IMPORT_INVALID", { details: { issues: [CORRUPT_XLSX] } });
  }
  if (name.endsWith(".json")) return "json";
  throw new AppError("UNSUPPORTED_FILE");
}

/**
 * Replaces the draft's content with an imported XLSX template or JSON package. Every problem
 * is listed (sheet/row/column or JSON path, in Chinese) and any problem means nothing changes.
 */
export async function importRevisionPackage(options: ImportRevisionPackageOptions): Promise<{ version: number; updatedAt: Date; package: TPackage }> {
  // Scope first: an outsider learns nothing, not even whether the file would have been valid.
  const report = await loadScopedReport(db(), options.actor, "report.import", { reportId: options.reportId });
  if (options.file.size > IMPORT_MAX_BYTES || options.file.bytes.byteLength > IMPORT_MAX_BYTES) throw new AppError("FILE_TOO_LARGE");
  if (options.file.bytes.byteLength === 0) throw new AppError("INVALID_INPUT", { message: IMPORT_EMPTY_FILE });
  const kind = kindOf(options.file);
  let issues: string[];
  if (kind === "xlsx") {
    const result = await readWorkbook(options.file.bytes);
    if (result.ok) return save(options, result.package, report);
    issues = result.issues.map(describeWorkbookIssue);
  } else {
    const json = readJson(options.file.bytes);
    if (!json.ok) issues = [json.message];
    else {
      const result = parsePackage(json.value);
      const unknown = result.ok ? unknownFieldPaths(json.value, result.package) : [];
      if (result.ok && unknown.length === 0) return save(options, result.package, report);
      issues = result.ok ? unknown.map((path) => `${path}：平台不认识这个字段（拼写错误？），为免遗漏数据未导入任何内容`) : result.issues.map(describeIssue);
    }
  }
  throw new AppError("IMPORT_INVALID", { details: { issues: capIssues(issues) } });
}

/** At most this many issues go back (a file with 60,000 bad rows is one answer, not 20 MB). */
export const MAX_IMPORT_ISSUES = 200;

function capIssues(issues: string[]): string[] {
  if (issues.length <= MAX_IMPORT_ISSUES) return issues;
  return [...issues.slice(0, MAX_IMPORT_ISSUES), `……另有 ${issues.length - MAX_IMPORT_ISSUES} 个问题未列出，请先修正以上问题`];
}

/** UTF-8 JSON only: GBK text decoded as UTF-8 would become replacement characters in the report. */
function readJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: "文件不是 UTF-8 编码（可能是 GBK）：请用 UTF-8 编码另存后再导入" };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch {
    return { ok: false, message: "文件不是有效的 JSON" };
  }
}

async function save(options: ImportRevisionPackageOptions, pkg: TPackage, report: { unit: { code: string }; year: number }) {
  if (pkg.unit.code !== report.unit.code || pkg.year !== report.year) {
    throw new AppError("IMPORT_INVALID", {
      details: { issues: [`文件属于 ${pkg.unit.code} 的 ${pkg.year} 年度，而当前报告是 ${report.unit.code} 的 ${report.year} 年度`] },
    });
  }
  return writeDraftPackage({ actor: options.actor, reportId: options.reportId, version: options.version, package: pkg, action: "revision.import" });
}
