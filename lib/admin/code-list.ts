/**
 * A year's classification code list as an admin uploads it (CSV/XLSX rows with the header
 * 类型,编码,名称; 类型 is 功能 or 经济). Pure: rows in, codes or the first problem (Chinese) out.
 */
export interface CodeListEntry {
  kind: "FUNCTIONAL" | "ECONOMIC";
  code: string;
  name: string;
}

export type CodeListResult = { ok: true; entries: CodeListEntry[] } | { ok: false; message: string };

const KINDS: Record<string, CodeListEntry["kind"]> = {
  功能: "FUNCTIONAL",
  功能分类: "FUNCTIONAL",
  functional: "FUNCTIONAL",
  经济: "ECONOMIC",
  经济分类: "ECONOMIC",
  economic: "ECONOMIC",
};

export function parseCodeList(rows: string[][]): CodeListResult {
  const header = (rows[0] ?? []).map((h) =>
    h
      .replace(/^\uFEFF/, "")
      .trim()
      .toLowerCase(),
  );
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const [kindCol, codeCol, nameCol] = [col(["类型", "kind"]), col(["编码", "科目编码", "code"]), col(["名称", "科目名称", "name"])];
  if (kindCol < 0 || codeCol < 0 || nameCol < 0) return { ok: false, message: "第 1 行应为表头：类型,编码,名称" };
  const entries: CodeListEntry[] = [];
  const seen = new Set<string>();
  for (const [i, row] of rows.slice(1).entries()) {
    const line = i + 2;
    const kind = KINDS[(row[kindCol] ?? "").trim().toLowerCase()];
    const code = (row[codeCol] ?? "").trim();
    const name = (row[nameCol] ?? "").trim();
    if (!kind) return { ok: false, message: `第 ${line} 行：类型应为“功能”或“经济”` };
    const lengths = kind === "FUNCTIONAL" ? [3, 5, 7] : [3, 5];
    if (!/^\d+$/.test(code) || !lengths.includes(code.length)) {
      return {
        ok: false,
        message: `第 ${line} 行：${kind === "FUNCTIONAL" ? "功能分类编码应为 3、5 或 7 位数字" : "经济分类编码应为 3 或 5 位数字"}（${code || "空"}）`,
      };
    }
    if (!name) return { ok: false, message: `第 ${line} 行：缺少名称` };
    if (seen.has(`${kind}:${code}`)) return { ok: false, message: `第 ${line} 行：编码 ${code} 重复` };
    seen.add(`${kind}:${code}`);
    entries.push({ kind, code, name });
  }
  if (entries.length === 0) return { ok: false, message: "文件中没有编码" };
  return { ok: true, entries };
}
