import "@/lib/server/server-only";
import { describeIssue, parsePackageJson, type TPackage } from "@/lib/disclosure/package";
import { describeWorkbookIssue, readWorkbook } from "@/lib/workbook/read-workbook";

export type ReadPackageFileResult = { ok: true; package: TPackage } | { ok: false; issues: string[] };

/** A disclosure package from a file's bytes: XLSX (by its zip signature, whatever the name) or JSON. */
export async function readPackageFile(bytes: Uint8Array): Promise<ReadPackageFileResult> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const result = await readWorkbook(bytes);
    return result.ok ? result : { ok: false, issues: result.issues.map(describeWorkbookIssue) };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, issues: ["既不是 XLSX 文件，也不是 UTF-8 编码的 JSON 数据包"] };
  }
  const result = parsePackageJson(text.replace(/^\uFEFF/, ""));
  return result.ok ? result : { ok: false, issues: result.issues.map(describeIssue) };
}
