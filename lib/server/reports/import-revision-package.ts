import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { TPackage } from "@/lib/disclosure/package";
import { readPackageFile } from "@/lib/server/import/read-package-file";
import { IMPORT_EMPTY_FILE, IMPORT_MAX_BYTES } from "@/lib/workspace/schemas";
import { loadScopedReport } from "./load-scoped-report";
import { writeDraftPackage } from "./write-draft-package";

export interface ImportRevisionPackageOptions {
  actor: Actor;
  reportId: string;
  version: number;
  file: { name: string; size: number; bytes: Uint8Array };
}

/** Only the two kinds the template comes in; the content decides how it is read (readPackageFile). */
function checkKind(file: ImportRevisionPackageOptions["file"]): void {
  if (!/\.(xlsx|json)$/i.test(file.name)) throw new AppError("UNSUPPORTED_FILE");
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
  checkKind(options.file);
  const result = await readPackageFile(options.file.bytes, options.file.name);
  if (result.ok) return save(options, result.package, report);
  const issues = result.issues;
  throw new AppError("IMPORT_INVALID", { details: { issues: capIssues(issues) } });
}

/** At most this many issues go back (a file with 60,000 bad rows is one answer, not 20 MB). */
export const MAX_IMPORT_ISSUES = 200;

function capIssues(issues: string[]): string[] {
  if (issues.length <= MAX_IMPORT_ISSUES) return issues;
  return [...issues.slice(0, MAX_IMPORT_ISSUES), `……另有 ${issues.length - MAX_IMPORT_ISSUES} 个问题未列出，请先修正以上问题`];
}

async function save(options: ImportRevisionPackageOptions, pkg: TPackage, report: { unit: { code: string }; year: number }) {
  if (pkg.unit.code !== report.unit.code || pkg.year !== report.year) {
    throw new AppError("IMPORT_INVALID", {
      details: { issues: [`文件属于 ${pkg.unit.code} 的 ${pkg.year} 年度，而当前报告是 ${report.unit.code} 的 ${report.year} 年度`] },
    });
  }
  return writeDraftPackage({ actor: options.actor, reportId: options.reportId, version: options.version, package: pkg, action: "revision.import" });
}
