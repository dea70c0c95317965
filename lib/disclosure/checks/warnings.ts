/**
 * The warnings (shown, never blocking). W1: 机关运行经费 ≠ 公用经费 (公开06). W3: a 公开05 line
 * with a budget and no spending. W4: vehicle purchase spending with no vehicle purchased.
 * W2 (year-on-year change over 30%) is in ./w2-changes.
 */
import type { CheckResult } from "../model";
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

export function checkBudgetWithoutSpending(ctx: CheckContext): CheckResult[] {
  const out: CheckResult[] = [];
  ctx.pkg.generalBudgetExpenditure.forEach((r, i) => {
    const budget = yuan(r.budget);
    const actual = yuan(r.basic) + yuan(r.project);
    if (budget === 0n || actual !== 0n) return;
    const row = functionalRow(ctx.codes, r.code);
    const [b] = amountsText([budget]);
    const msg = `公开05 ${row} 年初预算数 = ${b}，但没有支出（决算数为0），请核实`;
    out.push(
      result(
        "W3",
        "warning",
        msg,
        { table: "g05", row, column: "合计", path: `generalBudgetExpenditure[${i}].basic` },
        side("决算数", actual),
        side("年初预算数", budget),
      ),
    );
  });
  return out;
}

export function checkVehiclePurchase(ctx: CheckContext): CheckResult[] {
  const tp = ctx.pkg.threePublic;
  const spent = ctx.totals.threePublic.actual.vehiclePurchase;
  if (spent <= 0n || tp.vehiclesPurchased > 0) return [];
  const [s] = amountsText([spent]);
  const msg = `公开07 决算数“公务用车购置费” = ${s}，但购置公务用车数量为${tp.vehiclesPurchased}辆，请核实`;
  return [
    result(
      "W4",
      "warning",
      msg,
      { table: "g07", row: "决算数", column: "公务用车购置费", path: "threePublic.vehiclesPurchased" },
      side("公务用车购置费", spent),
    ),
  ];
}
