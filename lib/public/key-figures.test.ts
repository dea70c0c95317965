import { describe, expect, it } from "vitest";
import { COMPARE_FIGURES, HEADLINE_FIGURES } from "./key-figures";

describe("key figures", () => {
  it("/compare lines up twelve figures in the report's order", () => {
    expect(COMPARE_FIGURES.map((f) => f.label)).toEqual([
      "收支总计", "本年收入合计", "本年支出合计", "基本支出", "项目支出", "财政拨款收支总计",
      "一般公共预算财政拨款支出", "人员经费", "公用经费", "“三公”经费预算", "“三公”经费支出", "机关运行经费",
    ]);
  });

  it("the five headline figures carry the same names as in /compare", () => {
    expect(HEADLINE_FIGURES.map((f) => f.key)).toEqual(["grandTotal", "fiscalGrandTotal", "generalBudgetExpenditure", "threePublicActual", "operatingCosts"]);
    const compareLabel = new Map(COMPARE_FIGURES.map((f) => [f.key, f.label]));
    for (const h of HEADLINE_FIGURES) expect(h.label).toBe(compareLabel.get(h.key));
  });
});
