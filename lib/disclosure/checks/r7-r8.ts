/** R7: 公开06 total = Σ公开05 基本支出. R8: procurement, small-and-micro ≤ SME ≤ total. */
import { yuan } from "../tables/shared";
import type { CheckResult } from "../model";
import type { CheckContext } from "./context";
import { equation, equationMessage, result, side } from "./format";

export function checkBasicBreakdown(ctx: CheckContext): CheckResult[] {
  const t = ctx.totals;
  const r = equation(
    "R7",
    "公开06 合计与公开05基本支出不一致",
    { table: "g06", row: "人员经费合计+公用经费合计", column: "决算数", path: "basicExpenditure" },
    side("公开06 人员经费合计+公用经费合计", t.basicExpenditure.total),
    side("公开05 合计行“基本支出”", t.generalBudget.basic),
  );
  return r ? [r] : [];
}

export function checkProcurement(ctx: CheckContext): CheckResult[] {
  const p = ctx.pkg.otherMatters.procurement;
  const total = yuan(p.goods) + yuan(p.works) + yuan(p.services);
  const sme = yuan(p.smeContracts);
  const smallMicro = yuan(p.smallMicroContracts);
  const out: CheckResult[] = [];
  const place = "第三部分 十一、（三）政府采购";
  if (sme > total) {
    const left = side("授予中小企业合同金额", sme);
    const right = side("政府采购支出总额（货物+工程+服务）", total);
    const where = { row: "政府采购", column: "授予中小企业合同金额", path: "otherMatters.procurement.smeContracts" };
    out.push(result("R8", "error", equationMessage(`${place} 中小企业合同金额超过采购总额`, left, right), where, left, right));
  }
  if (smallMicro > sme) {
    const left = side("授予小微企业合同金额", smallMicro);
    const right = side("授予中小企业合同金额", sme);
    const where = { row: "政府采购", column: "授予小微企业合同金额", path: "otherMatters.procurement.smallMicroContracts" };
    out.push(result("R8", "error", equationMessage(`${place} 小微企业合同金额超过中小企业合同金额`, left, right), where, left, right));
  }
  return out;
}
