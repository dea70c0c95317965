/** Every free text of a package with its path and Chinese label, for the checks that read texts. */
import type { CodeSet } from "../codes";
import type { TPackage } from "../package";
import { functionalRow } from "./rows";

export interface TextField {
  path: string;
  label: string;
  text: string;
}

export function textFields(pkg: TPackage, codes: CodeSet | null): TextField[] {
  const out: TextField[] = [];
  const add = (path: string, label: string, text: string | undefined) => {
    if (text !== undefined && text.trim() !== "") out.push({ path, label, text });
  };
  add("overview.duties", "部门职责", pkg.overview.duties.join("\n"));
  add("overview.organization", "机构设置", pkg.overview.organization);
  add("overview.composition", "决算单位构成", pkg.overview.composition);
  add("reasons.grandTotalChange", "收支总计变动原因", pkg.reasons.grandTotalChange);
  add("reasons.fiscalTotalChange", "财政拨款收支总计变动原因", pkg.reasons.fiscalTotalChange);
  add("reasons.generalBudgetChange", "一般公共预算财政拨款支出变动原因", pkg.reasons.generalBudgetChange);
  pkg.generalBudgetExpenditure.forEach((r, i) =>
    add(`generalBudgetExpenditure[${i}].varianceReason`, `公开05 ${functionalRow(codes, r.code)} 差异原因`, r.varianceReason),
  );
  const ex = pkg.threePublic.explanations;
  add("threePublic.explanations.outbound", "因公出国（境）费说明", ex.outbound);
  add("threePublic.explanations.vehicle", "公务用车购置及运行费说明", ex.vehicle);
  add("threePublic.explanations.reception", "公务接待费说明", ex.reception);
  add("threePublic.explanations.outboundDetail", "因公出国（境）费支出情况", ex.outboundDetail);
  add("threePublic.explanations.vehicleDetail", "公务用车购置及运行费支出情况", ex.vehicleDetail);
  add("threePublic.explanations.receptionDetail", "公务接待费支出情况", ex.receptionDetail);
  add("otherMatters.operatingCosts.reasonVsBudget", "机关运行经费与年初预算差异原因", pkg.otherMatters.operatingCosts.reasonVsBudget);
  add("otherMatters.operatingCosts.reasonVsPriorYear", "机关运行经费与上年差异原因", pkg.otherMatters.operatingCosts.reasonVsPriorYear);
  add("otherMatters.other", "其他需要说明的事项", pkg.otherMatters.other);
  add("performance.summary", "预算绩效情况", pkg.performance.summary);
  add("performance.selfEvaluationReport", "绩效自评报告", pkg.performance.selfEvaluationReport);
  return out;
}
