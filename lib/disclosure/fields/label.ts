/** The Chinese name of any concrete field path, for the review diff, comments and messages. */
import { economicName, functionalName, type CodeSet } from "../codes";
import { CODED_LISTS, TABLE_NAMES, catalogEntry, isCodedList } from "./catalog";
import { findPart, partForPath } from "./parts";
import { fieldPattern, pathCode, pathIndex, pathList } from "./paths";

/**
 * `income[code=2013101].fiscal` → "公开02 收入决算表 2013101 行政运行 财政拨款收入" (the name only
 * when `codes` knows it); `income[3].fiscal` → "公开02 收入决算表 第4行 财政拨款收入";
 * `fiscal.income.generalBudget` → "公开04 财政拨款收入支出决算总表 本年收入：一般公共预算财政拨款";
 * `otherMatters.meetingCosts` → "其他重要事项 会议费". A row path names the row; an unknown path
 * is returned as it is.
 */
export function fieldLabel(path: string, codes?: CodeSet | null): string {
  const pattern = fieldPattern(path);
  const list = pathList(path);
  const wholeRow = list !== null && path.endsWith("]") && list !== "overview.duties";
  const entry = catalogEntry(wholeRow ? `${pattern}.code` : pattern);
  if (!entry) return path;
  const place = entry.table ? `${entry.table} ${TABLE_NAMES[entry.table]}` : findPart(partForPath(path))!.title;
  if (list === null) return `${place} ${entry.label}`;
  if (list === "overview.duties") return `${place} ${entry.label} 第${(pathIndex(path) ?? 0) + 1}条`;
  const row = rowName(path, list, codes ?? null);
  return wholeRow ? `${place} ${row}` : `${place} ${row} ${entry.label}`;
}

function rowName(path: string, list: string, codes: CodeSet | null): string {
  const code = pathCode(path);
  if (code === null) return `第${(pathIndex(path) ?? 0) + 1}行`;
  if (!isCodedList(list)) return code;
  const name = CODED_LISTS[list].codeKind === "functional" ? functionalName(codes, code) : economicName(codes, code);
  return name ? `${code} ${name}` : code;
}
