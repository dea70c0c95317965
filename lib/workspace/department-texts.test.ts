/**
 * The department form's texts and reasons. The lines of a department's 公开05 are sums over its
 * members, so a line can differ from its budget where no member's own line names a reason the
 * department report could take (the consolidation takes the department's own texts): the form
 * must let the department clerk write it, as R9 asks, and the reasons must survive a rebuild.
 */
import { describe, expect, it } from "vitest";
import { runChecks } from "@/lib/disclosure/checks";
import { codeSetForYear } from "@/lib/disclosure/codes";
import { consolidate } from "@/lib/disclosure/consolidate";
import { departmentExample } from "@/lib/disclosure/testing/department-example";
import {
  applyDepartmentTexts,
  DEPARTMENT_TEXT_FIELDS,
  departmentFieldAnchor,
  departmentTextValues,
  departmentVarianceRows,
  ZDepartmentTexts,
} from "./department-texts";

const codes = codeSetForYear(2021);

/** The worked example, with 甲's 公开05 budget 20,000 below its actual and its 机关运行经费 budget 10,000 below (甲 wrote both reasons). */
function example() {
  const ex = departmentExample(2021);
  const a = ex.subordinates[0].package;
  a.generalBudgetExpenditure[0].budget = "280000.00";
  a.generalBudgetExpenditure[0].varianceReason = "年中追加预算";
  a.otherMatters.operatingCosts.budget = "40000.00";
  a.otherMatters.operatingCosts.reasonVsBudget = "办公用房维修";
  return ex;
}

const r9 = (pkg: Parameters<typeof runChecks>[0]) => runChecks(pkg, { codes, prior: null }).filter((r) => r.rule === "R9");
const everyText = () => Object.fromEntries([["overview.duties", "职责"], ...DEPARTMENT_TEXT_FIELDS.map((f) => [f.path, "文字"])]);

describe("the department form's reasons", () => {
  it("a consolidated 公开05 line and 机关运行经费 that differ from their budgets need the department's reasons", () => {
    const ex = example();
    const pkg = consolidate({ ...ex, codes }).package;
    expect(pkg.generalBudgetExpenditure[0]).toMatchObject({ budget: "1230000.00", basic: "1000000.00", project: "250000.00" });
    expect(pkg.generalBudgetExpenditure[0].varianceReason).toBeUndefined();
    expect(r9(pkg).map((r) => r.path)).toEqual(["generalBudgetExpenditure[0].varianceReason", "otherMatters.operatingCosts.reasonVsBudget"]);
  });

  it("offers 机关运行经费's two reasons among the texts", () => {
    const paths = DEPARTMENT_TEXT_FIELDS.map((f) => f.path);
    for (const p of [
      "reasons.grandTotalChange",
      "reasons.fiscalTotalChange",
      "reasons.generalBudgetChange",
      "otherMatters.operatingCosts.reasonVsBudget",
      "otherMatters.operatingCosts.reasonVsPriorYear",
    ]) {
      expect(paths).toContain(p);
    }
  });

  it("lists the lines that need a reason, with their figures and the anchor R9 leads to", () => {
    const pkg = consolidate({ ...example(), codes }).package;
    const rows = departmentVarianceRows(pkg, codes);
    expect(rows).toEqual([
      {
        code: "2012901",
        label: "科目2012901（行政运行）",
        name: "varianceReason.2012901",
        anchor: "f-generalBudgetExpenditure-0-varianceReason",
        actual: "125.00万元",
        budget: "123.00万元",
        reason: "",
        needed: true,
      },
    ]);
    const [check] = r9(pkg);
    expect(departmentFieldAnchor(check.path, rows)).toBe("f-generalBudgetExpenditure-0-varianceReason");
    expect(departmentFieldAnchor("otherMatters.operatingCosts.reasonVsBudget", rows)).toBe("f-otherMatters-operatingCosts-reasonVsBudget");
    expect(departmentFieldAnchor("income[0].fiscal", rows)).toBeNull();
    expect(departmentFieldAnchor(undefined, rows)).toBeNull();
    // A line that matches its budget and has no reason is not offered.
    expect(departmentVarianceRows(consolidate({ ...departmentExample(2021), codes }).package, codes)).toEqual([]);
  });

  it("the clerk's reasons clear R9 and survive a rebuild of the figures", () => {
    const ex = example();
    const first = consolidate({ ...ex, codes }).package;
    const form = ZDepartmentTexts.parse({
      reportId: "6f1c1b2e-8a4b-4c1d-9e2f-0a1b2c3d4e5f",
      version: "3",
      ...everyText(),
      "otherMatters.operatingCosts.reasonVsBudget": "下属单位办公用房维修",
      "varianceReason.2012901": "  下属单位年中追加预算  ",
      "varianceReason.2099999": "不在表中的科目",
    });
    expect(form.varianceReasons).toEqual({ "2012901": "  下属单位年中追加预算  ", "2099999": "不在表中的科目" });
    const saved = applyDepartmentTexts(first, form as unknown as Record<string, string>, form.varianceReasons);
    expect(saved.generalBudgetExpenditure).toHaveLength(1);
    expect(saved.generalBudgetExpenditure[0].varianceReason).toBe("下属单位年中追加预算");
    // writeDraftPackage consolidates with the saved package as the texts; so does every rebuild.
    const rebuilt = consolidate({ ...ex, texts: saved, codes }).package;
    expect(rebuilt.generalBudgetExpenditure[0].varianceReason).toBe("下属单位年中追加预算");
    expect(rebuilt.otherMatters.operatingCosts.reasonVsBudget).toBe("下属单位办公用房维修");
    expect(r9(rebuilt)).toEqual([]);
    // A subordinate's figures change: the department's reasons stay.
    ex.subordinates[1].package.generalBudgetExpenditure[0].budget = "190000.00";
    const later = consolidate({ ...ex, texts: rebuilt, codes }).package;
    expect(later.generalBudgetExpenditure[0]).toMatchObject({ budget: "1220000.00", varianceReason: "下属单位年中追加预算" });
    expect(departmentTextValues(later)["otherMatters.operatingCosts.reasonVsBudget"]).toBe("下属单位办公用房维修");
  });

  it("a blank reason removes it; a line not sent keeps its own", () => {
    const pkg = consolidate({ ...example(), codes }).package;
    pkg.generalBudgetExpenditure[0].varianceReason = "旧的原因";
    const values = departmentTextValues(pkg);
    expect(applyDepartmentTexts(pkg, values).generalBudgetExpenditure[0].varianceReason).toBe("旧的原因");
    expect(applyDepartmentTexts(pkg, values, { "2012901": "  " }).generalBudgetExpenditure[0].varianceReason).toBeUndefined();
  });

  it("refuses, in Chinese, a reason too long or keyed by something not a code", () => {
    const base = { reportId: "6f1c1b2e-8a4b-4c1d-9e2f-0a1b2c3d4e5f", version: 1 };
    const long = ZDepartmentTexts.safeParse({ ...base, "varianceReason.2012901": "字".repeat(20001) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]).toMatchObject({ message: "差异原因不能超过 20000 字", path: ["varianceReasons", "2012901"] });
    const bad = ZDepartmentTexts.safeParse({ ...base, "varianceReason.abc": "x" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe("差异原因的科目编码无效");
  });
});
