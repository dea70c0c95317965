import "@/lib/server/server-only";
import { describeIssue, parsePackage, type TPackage } from "@/lib/disclosure/package";
import { issueLabel } from "@/lib/disclosure/fields/issue-label";
import { unknownFieldPaths } from "@/lib/disclosure/unknown-fields";
import { CORRUPT_XLSX, describeWorkbookIssue, readWorkbook } from "@/lib/workbook/read-workbook";
import { IMPORT_EMPTY_FILE } from "@/lib/workspace/schemas";

export type ReadPackageFileResult = { ok: true; package: TPackage } | { ok: false; issues: string[] };

/** What a JSON file that does not parse is told. */
export const NOT_JSON = "文件不是有效的 JSON：可能被编辑器改坏或只保存了一部分。请导入平台导出的 JSON 数据包";
/** What bytes that are neither a zip nor UTF-8 text are told (a GBK file, or another kind of file). */
export const NOT_UTF8 = "文件不是 UTF-8 编码的文本：可能是 GBK 编码的 JSON（请用 UTF-8 编码另存），也可能根本不是 JSON 或 XLSX 文件";

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * A disclosure package from a file's bytes, for both the workspace import and the bulk import, so
 * that each kind of bad file is told the same thing in both: empty, a damaged or non-workbook
 * .xlsx, not UTF-8, not JSON, not a package, fields missing or unknown (named by the field
 * catalog's Chinese labels). XLSX is recognised by its zip signature, whatever the name; a file
 * named .xlsx without it is a damaged workbook, not "not JSON".
 */
export async function readPackageFile(bytes: Uint8Array, name = ""): Promise<ReadPackageFileResult> {
  if (bytes.byteLength === 0) return { ok: false, issues: [IMPORT_EMPTY_FILE] };
  if (isZip(bytes)) {
    const result = await readWorkbook(bytes);
    return result.ok ? result : { ok: false, issues: result.issues.map(describeWorkbookIssue) };
  }
  if (/\.xlsx$/i.test(name)) return { ok: false, issues: [CORRUPT_XLSX] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, issues: [NOT_UTF8] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, issues: [NOT_JSON] };
  }
  const result = parsePackage(value);
  if (!result.ok) return { ok: false, issues: result.issues.map(describeIssue) };
  // A misspelt key would be silently dropped: a figure the clerk believes was imported.
  const unknown = unknownFieldPaths(value, result.package);
  if (unknown.length > 0) return { ok: false, issues: unknown.map(describeUnknownField) };
  return result;
}

/** `income[2].fiscl` → "公开02 收入决算表 第3行 中的「fiscl」：…" (the key is the file's own, so it is quoted as written). */
function describeUnknownField(path: string): string {
  const key = /([^.[\]]+)$/.exec(path)?.[1] ?? path;
  const parent = path.slice(0, path.length - key.length).replace(/\.$/, "");
  const where = parent ? `${issueLabel(parent)}中的` : "数据包中的";
  return `${where}字段「${key}」：平台不认识这个字段（拼写错误？），为免遗漏数据未导入任何内容`;
}
