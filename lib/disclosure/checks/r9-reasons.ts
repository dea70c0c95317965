/**
 * R9: every reason the narrative needs is written. A variance reason for each 公开05 line whose
 * actual (基本+项目) differs from its 年初预算 (Part 3 §5(三)); a reason for each year-on-year
 * figure that changed — 收支总计 (§1), 财政拨款收支总计 (§4), 一般公共预算财政拨款支出 (§5(一)),
 * 机关运行经费 (§11(一)); and for 机关运行经费 against its budget (§11(一) words that too). The
 * year-on-year part needs last year's figures; without them the narrative has no comparison and
 * asks for no reason.
 */
import type { Fen } from "../money";
import type { CheckResult, TableKey } from "../model";
import type { CheckContext } from "./context";
import { amountsText, present, result, side } from "./format";
import { functionalRow } from "./rows";
import { yuan } from "../tables/shared";

function missing(
  label: string,
  current: Fen,
  base: Fen,
  baseLabel: string,
  ask: string,
  where: { table?: TableKey; row?: string; column?: string; path: string },
): CheckResult {
  const [c, b] = amountsText([current, base]);
  const msg = `${label}：本年 = ${c}，${baseLabel} = ${b}，${ask}`;
  return result("R9", "error", msg, where, side(`本年${where.column ?? ""}`, current), side(baseLabel, base));
}

/** A 公开05 line's actual (基本+项目) and its 年初预算, and whether they differ: then R9 asks a variance reason. */
export function budgetVariance(row: { basic: string; project: string; budget: string }): { actual: Fen; budget: Fen; differs: boolean } {
  const actual = yuan(row.basic) + yuan(row.project);
  const budget = yuan(row.budget);
  return { actual, budget, differs: actual !== budget };
}

export function checkReasons(ctx: CheckContext): CheckResult[] {
  const { pkg, codes, totals: t, prior } = ctx;
  const out: CheckResult[] = [];
  pkg.generalBudgetExpenditure.forEach((r, i) => {
    const { actual, budget, differs } = budgetVariance(r);
    if (!differs || present(r.varianceReason)) return;
    const row = functionalRow(codes, r.code);
    const [a, b] = amountsText([actual, budget]);
    const msg = `公开05 ${row} 决算数 = ${a}，年初预算数 = ${b}，两者不一致，请填写差异原因（第三部分 五、（三））`;
    const where = { table: "g05" as const, row, column: "合计", path: `generalBudgetExpenditure[${i}].varianceReason` };
    out.push(result("R9", "error", msg, where, side("决算数", actual), side("年初预算数", budget)));
  });
  const om = pkg.otherMatters.operatingCosts;
  const budget = yuan(om.budget);
  if (t.operatingCosts !== budget && !present(om.reasonVsBudget)) {
    out.push(
      missing("机关运行经费决算数与年初预算数不一致", t.operatingCosts, budget, "年初预算数", "请填写原因（第三部分 十一、（一））", {
        column: "机关运行经费",
        path: "otherMatters.operatingCosts.reasonVsBudget",
      }),
    );
  }
  if (!prior) return out;
  const yoy = [
    {
      label: "收支总计与上年相比发生变化",
      cur: t.grandTotal,
      base: prior.grandTotal,
      reason: pkg.reasons.grandTotalChange,
      part: "一",
      table: "g01" as const,
      column: "收支总计",
      path: "reasons.grandTotalChange",
    },
    {
      label: "财政拨款收支总计与上年相比发生变化",
      cur: t.fiscalGrandTotal,
      base: prior.fiscalGrandTotal,
      reason: pkg.reasons.fiscalTotalChange,
      part: "四",
      table: "g04" as const,
      column: "财政拨款收支总计",
      path: "reasons.fiscalTotalChange",
    },
    {
      label: "一般公共预算财政拨款支出与上年相比发生变化",
      cur: t.generalBudget.total,
      base: prior.generalBudgetExpenditure,
      reason: pkg.reasons.generalBudgetChange,
      part: "五、（一）",
      table: "g05" as const,
      column: "一般公共预算财政拨款支出",
      path: "reasons.generalBudgetChange",
    },
    {
      label: "机关运行经费与上年相比发生变化",
      cur: t.operatingCosts,
      base: prior.operatingCosts,
      reason: om.reasonVsPriorYear,
      part: "十一、（一）",
      table: undefined,
      column: "机关运行经费",
      path: "otherMatters.operatingCosts.reasonVsPriorYear",
    },
  ];
  for (const y of yoy) {
    if (y.cur === y.base || present(y.reason)) continue;
    const where = { ...(y.table ? { table: y.table, row: y.table === "g05" ? "合计" : "总计" } : {}), column: y.column, path: y.path };
    out.push(missing(y.label, y.cur, y.base, "上年", `请填写变动原因（第三部分 ${y.part}）`, where));
  }
  return out;
}
