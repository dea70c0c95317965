/**
 * R6: per functional code, fiscal spending (公开05 + 公开08 + 公开09) cannot exceed what 公开03
 * reports for that code, for 基本支出 and for 项目支出 separately — fiscal money is part of all
 * money. The path points at the 公开03 line when there is one (the usual omission), else at the
 * first fiscal line of that code.
 */
import type { Fen } from "../money";
import type { CheckResult } from "../model";
import type { CheckContext } from "./context";
import { equationMessage, result, side } from "./format";
import { functionalRow } from "./rows";
import { yuan } from "../tables/shared";

interface Acc {
  fiscal: [Fen, Fen];
  all: [Fen, Fen];
  allPath?: string; // expenditure[i]
  fiscalPath?: string;
}

export function checkFiscalWithinTotal(ctx: CheckContext): CheckResult[] {
  const { pkg, codes } = ctx;
  const byCode = new Map<string, Acc>();
  const acc = (code: string) => {
    let a = byCode.get(code);
    if (!a) byCode.set(code, (a = { fiscal: [0n, 0n], all: [0n, 0n] }));
    return a;
  };
  pkg.expenditure.forEach((r, i) => {
    const a = acc(r.code);
    a.all[0] += yuan(r.basic);
    a.all[1] += yuan(r.project);
    a.allPath ??= `expenditure[${i}]`;
  });
  for (const [base, rows] of [
    ["generalBudgetExpenditure", pkg.generalBudgetExpenditure],
    ["governmentFund", pkg.governmentFund],
    ["stateCapital", pkg.stateCapital],
  ] as const) {
    rows.forEach((r, i) => {
      const a = acc(r.code);
      a.fiscal[0] += yuan(r.basic);
      a.fiscal[1] += yuan(r.project);
      a.fiscalPath ??= `${base}[${i}]`;
    });
  }
  const out: CheckResult[] = [];
  for (const code of [...byCode.keys()].sort()) {
    const a = byCode.get(code)!;
    ["基本支出", "项目支出"].forEach((column, k) => {
      if (a.fiscal[k] <= a.all[k]) return;
      const row = functionalRow(codes, code);
      const left = side(`财政拨款${column}（公开05+公开08+公开09）`, a.fiscal[k]);
      const right = side(`公开03“${column}”`, a.all[k]);
      const field = k === 0 ? "basic" : "project";
      const path = `${a.allPath ?? a.fiscalPath}.${field}`;
      out.push(result("R6", "error", equationMessage(`公开03 ${row} 财政拨款支出超过全部支出`, left, right), { table: "g03", row, column, path }, left, right));
    });
  }
  return out;
}
