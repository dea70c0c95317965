/**
 * R2: classification codes. Functional codes (公开02/03/05/08/09) must be 7-digit 项 that exist in
 * the year's code set; economic codes (公开06) 5-digit 款 that exist and sit in the right block
 * (人员经费: 301xx/303xx; 公用经费: the rest); no code twice in one table (公开06's two blocks are
 * one table). Without a code set for the year existence cannot be judged: that is one error
 * (an admin must load the set), and the format and duplicate rules still apply.
 */
import { economicBlock, type CodeSet } from "../codes";
import type { CheckResult, TableKey } from "../model";
import type { CheckContext } from "./context";
import { TABLE_TITLES } from "./labels";
import { result } from "./format";
import { entryRow } from "./rows";

interface CodedList {
  table: TableKey;
  base: string;
  rows: readonly { code: string }[];
}

function duplicates(list: readonly { code: string; path: string; row: string }[], table: TableKey): CheckResult[] {
  const first = new Map<string, string>();
  const out: CheckResult[] = [];
  for (const item of list) {
    const seen = first.get(item.code);
    if (seen === undefined) first.set(item.code, item.row);
    else {
      const msg = `${TABLE_TITLES[table]} ${item.row}科目编码“${item.code}”重复（${seen}已填写），同一张表中一个科目只能出现一次`;
      out.push(result("R2", "error", msg, { table, row: item.row, column: "科目编码", path: item.path }));
    }
  }
  return out;
}

function functionalProblem(code: string, codes: CodeSet | null, year: number): string | null {
  if (code.length !== 7) return `不是7位的项级科目编码`;
  if (codes && !codes.functional.has(code)) return `在${year}年度适用的科目编码表中不存在`;
  return null;
}

function economicProblem(code: string, block: "personnel" | "public", codes: CodeSet | null, year: number): string | null {
  if (code.length !== 5) return `不是5位的款级经济分类科目编码`;
  if (codes && !codes.economic.has(code)) return `在${year}年度适用的经济分类科目编码表中不存在`;
  if (economicBlock(code) !== block) {
    return block === "personnel" ? `不属于人员经费（人员经费只能是301、303类科目）` : `属于人员经费（301、303类），不能填在公用经费中`;
  }
  return null;
}

export function checkCodes(ctx: CheckContext): CheckResult[] {
  const { pkg, codes } = ctx;
  const out: CheckResult[] = [];
  if (!codes) {
    out.push(result("R2", "error", `没有适用于${pkg.year}年度的科目编码表，无法核对科目编码，请联系管理员导入科目编码表`, { path: "year" }));
  }
  const lists: CodedList[] = [
    { table: "g02", base: "income", rows: pkg.income },
    { table: "g03", base: "expenditure", rows: pkg.expenditure },
    { table: "g05", base: "generalBudgetExpenditure", rows: pkg.generalBudgetExpenditure },
    { table: "g08", base: "governmentFund", rows: pkg.governmentFund },
    { table: "g09", base: "stateCapital", rows: pkg.stateCapital },
  ];
  for (const { table, base, rows } of lists) {
    const items = rows.map((r, i) => ({ code: r.code, path: `${base}[${i}].code`, row: entryRow(i) }));
    for (const item of items) {
      const problem = functionalProblem(item.code, codes, pkg.year);
      if (problem) {
        const msg = `${TABLE_TITLES[table]} ${item.row}科目编码“${item.code}”${problem}`;
        out.push(result("R2", "error", msg, { table, row: item.row, column: "科目编码", path: item.path }));
      }
    }
    out.push(...duplicates(items, table));
  }
  const economic: { code: string; path: string; row: string }[] = [];
  for (const block of ["personnel", "public"] as const) {
    const label = block === "personnel" ? "人员经费" : "公用经费";
    pkg.basicExpenditure[block].forEach((r, i) => {
      const item = { code: r.code, path: `basicExpenditure.${block}[${i}].code`, row: `${label}${entryRow(i)}` };
      economic.push(item);
      const problem = economicProblem(r.code, block, codes, pkg.year);
      if (problem) {
        const msg = `${TABLE_TITLES.g06} ${item.row}科目编码“${r.code}”${problem}`;
        out.push(result("R2", "error", msg, { table: "g06", row: item.row, column: "科目编码", path: item.path }));
      }
    });
  }
  out.push(...duplicates(economic, "g06"));
  return out;
}
