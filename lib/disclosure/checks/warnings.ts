/**
 * The warnings (shown, never blocking). W1: 机关运行经费 ≠ 公用经费 (公开06). W2: a year-on-year
 * change over 30% — judged exactly (|Δ|·10 > 3·|base|), not on the rounded percentage; a zero
 * base has no percentage and is not judged. W3: a 公开05 line with a budget and no spending.
 * W4: vehicle purchase spending with no vehicle purchased.
 */
import { compare, formatPercentTenths, type Fen } from "../money";
import type { CheckResult, TableKey } from "../model";
import type { CheckContext } from "./context";
import { amountsText, equationMessage, result, side } from "./format";
import { functionalRow } from "./rows";
import { yuan } from "../tables/shared";

export function checkOperatingVsPublic(ctx: CheckContext): CheckResult[] {
  const t = ctx.totals;
  if (t.operatingCosts === t.basicExpenditure.public) return [];
  const left = side("机关运行经费", t.operatingCosts);
  const right = side("公开06 公用经费合计", t.basicExpenditure.public);
  const msg = `${equationMessage("机关运行经费与公用经费不一致", left, right)}，请核实`;
  return [result("W1", "warning", msg, { column: "机关运行经费", path: "otherMatters.operatingCosts.actual" }, left, right)];
}

export function checkLargeChanges(ctx: CheckContext): CheckResult[] {
  const { totals: t, prior } = ctx;
  if (!prior) return [];
  const p3 = prior.threePublicActual;
  const items: { label: string; cur: Fen; base: Fen; table?: TableKey; row?: string; path: string }[] = [
    { label: "收支总计", cur: t.grandTotal, base: prior.grandTotal, table: "g01", row: "总计", path: "reasons.grandTotalChange" },
    { label: "财政拨款收支总计", cur: t.fiscalGrandTotal, base: prior.fiscalGrandTotal, table: "g04", row: "总计", path: "reasons.fiscalTotalChange" },
    { label: "一般公共预算财政拨款支出", cur: t.generalBudget.total, base: prior.generalBudgetExpenditure, table: "g05", row: "合计", path: "reasons.generalBudgetChange" },
    { label: "“三公”经费决算数", cur: t.threePublic.actual.total, base: p3.outbound + p3.vehiclePurchase + p3.vehicleOperation + p3.reception, table: "g07", row: "决算数", path: "threePublic.actual" },
    { label: "机关运行经费", cur: t.operatingCosts, base: prior.operatingCosts, path: "otherMatters.operatingCosts.reasonVsPriorYear" },
  ];
  const out: CheckResult[] = [];
  for (const it of items) {
    const diff = it.cur - it.base;
    const absDiff = diff < 0n ? -diff : diff;
    const absBase = it.base < 0n ? -it.base : it.base;
    if (it.base === 0n || absDiff * 10n <= absBase * 3n) continue;
    const change = compare(it.cur, it.base);
    const [c, b] = amountsText([it.cur, it.base]);
    const verb = change.direction === "increase" ? "增长" : "减少";
    const msg = `${it.label}与上年相比${verb}${formatPercentTenths(change.percentTenths!)}（本年 = ${c}，上年 = ${b}），变动超过30%，请核实并说明原因`;
    const where = { ...(it.table ? { table: it.table } : {}), ...(it.row ? { row: it.row } : {}), column: it.label, path: it.path };
    out.push(result("W2", "warning", msg, where, side(`本年${it.label}`, it.cur), side(`上年${it.label}`, it.base)));
  }
  return out;
}

export function checkBudgetWithoutSpending(ctx: CheckContext): CheckResult[] {
  const out: CheckResult[] = [];
  ctx.pkg.generalBudgetExpenditure.forEach((r, i) => {
    const budget = yuan(r.budget);
    const actual = yuan(r.basic) + yuan(r.project);
    if (budget === 0n || actual !== 0n) return;
    const row = functionalRow(ctx.codes, r.code);
    const [b] = amountsText([budget]);
    const msg = `公开05 ${row} 年初预算数 = ${b}，但没有支出（决算数为0），请核实`;
    out.push(result("W3", "warning", msg, { table: "g05", row, column: "合计", path: `generalBudgetExpenditure[${i}].basic` }, side("决算数", actual), side("年初预算数", budget)));
  });
  return out;
}

export function checkVehiclePurchase(ctx: CheckContext): CheckResult[] {
  const tp = ctx.pkg.threePublic;
  const spent = ctx.totals.threePublic.actual.vehiclePurchase;
  if (spent <= 0n || tp.vehiclesPurchased > 0) return [];
  const [s] = amountsText([spent]);
  const msg = `公开07 决算数“公务用车购置费” = ${s}，但购置公务用车数量为${tp.vehiclesPurchased}辆，请核实`;
  return [result("W4", "warning", msg, { table: "g07", row: "决算数", column: "公务用车购置费", path: "threePublic.vehiclesPurchased" }, side("公务用车购置费", spent))];
}
