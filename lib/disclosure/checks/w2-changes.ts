/**
 * W2: a year-on-year change over 30%, judged exactly (|Δ|·10 > 3·|base|), not on the rounded
 * percentage; a zero base has no percentage and is not judged. Never blocking: a big change is
 * often real, it only deserves a second look and a good reason.
 */
import { compare, formatPercentTenths, type Fen } from "../money";
import type { CheckResult, TableKey } from "../model";
import type { CheckContext } from "./context";
import { amountsText, result, side } from "./format";

export function checkLargeChanges(ctx: CheckContext): CheckResult[] {
  const { totals: t, prior } = ctx;
  if (!prior) return [];
  const p3 = prior.threePublicActual;
  const items: { label: string; cur: Fen; base: Fen; table?: TableKey; row?: string; path: string }[] = [
    { label: "收支总计", cur: t.grandTotal, base: prior.grandTotal, table: "g01", row: "总计", path: "reasons.grandTotalChange" },
    { label: "财政拨款收支总计", cur: t.fiscalGrandTotal, base: prior.fiscalGrandTotal, table: "g04", row: "总计", path: "reasons.fiscalTotalChange" },
    {
      label: "一般公共预算财政拨款支出",
      cur: t.generalBudget.total,
      base: prior.generalBudgetExpenditure,
      table: "g05",
      row: "合计",
      path: "reasons.generalBudgetChange",
    },
    {
      label: "“三公”经费决算数",
      cur: t.threePublic.actual.total,
      base: p3.outbound + p3.vehiclePurchase + p3.vehicleOperation + p3.reception,
      table: "g07",
      row: "决算数",
      path: "threePublic.actual",
    },
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
