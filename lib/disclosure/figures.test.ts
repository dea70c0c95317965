import { describe, expect, it } from "vitest";
import fixture from "../../fixtures/lusong-trade-union-2020.json";
import { parsePackage, type TPackage } from "./package";
import { computeTotals, priorFigures } from "./figures";

function loadFixture(): TPackage {
  const parsed = parsePackage(structuredClone(fixture));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.package;
}

/** 元 → 分, for readable expectations. */
const yuan = (text: string): bigint => BigInt(text.replace(".", ""));

describe("computeTotals on the 芦淞区总工会 2020 fixture", () => {
  const t = computeTotals(loadFixture());

  it("income by source and 本年收入合计", () => {
    expect(t.income.fiscal).toBe(yuan("2189400.00"));
    expect(t.income.superiorSubsidy).toBe(0n);
    expect(t.income.other).toBe(0n);
    expect(t.incomeTotal).toBe(yuan("2189400.00"));
  });

  it("expenditure by kind and 本年支出合计", () => {
    expect(t.expenditure.basic).toBe(yuan("2029400.00"));
    expect(t.expenditure.project).toBe(yuan("160000.00"));
    expect(t.expenditure.remittedToSuperior).toBe(0n);
    expect(t.expenditureTotal).toBe(yuan("2189400.00"));
  });

  it("公开01 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 (221.75万元)", () => {
    expect(t.openingCarryover).toBe(yuan("28100.00"));
    expect(t.closingCarryover).toBe(yuan("28100.00"));
    expect(t.grandTotal).toBe(yuan("2217500.00"));
    expect(t.expenditureGrandTotal).toBe(t.grandTotal);
  });

  it("fiscal per fund and 财政拨款收支总计 (218.94万元)", () => {
    expect(t.fiscal.income.generalBudget).toBe(yuan("2189400.00"));
    expect(t.fiscal.income.total).toBe(yuan("2189400.00"));
    expect(t.fiscal.openingCarryover.total).toBe(0n);
    expect(t.fiscal.closingCarryover.total).toBe(0n);
    expect(t.fiscalGrandTotal).toBe(yuan("2189400.00"));
  });

  it("公开05 budget and actual", () => {
    expect(t.generalBudget).toEqual({
      budget: yuan("2336400.00"),
      basic: yuan("2029400.00"),
      project: yuan("160000.00"),
      total: yuan("2189400.00"),
    });
  });

  it("公开06 人员经费 / 公用经费", () => {
    expect(t.basicExpenditure).toEqual({
      personnel: yuan("1416400.00"),
      public: yuan("613000.00"),
      total: yuan("2029400.00"),
    });
  });

  it("三公, government fund, state capital are zero; 机关运行经费 61.3万元", () => {
    expect(t.threePublic.budget.total).toBe(0n);
    expect(t.threePublic.actual.total).toBe(0n);
    expect(t.governmentFund.expenditure).toBe(0n);
    expect(t.stateCapital.total).toBe(0n);
    expect(t.operatingCosts).toBe(yuan("613000.00"));
  });
});

describe("computeTotals on other data", () => {
  it("sums three-public items, government fund and state capital rows exactly", () => {
    const pkg = loadFixture();
    pkg.threePublic.actual = { outbound: "0.01", vehiclePurchase: "100.10", vehicleOperation: "2.02", reception: "3" };
    pkg.governmentFund = [
      { code: "2296002", openingCarryover: "1.00", income: "10.00", basic: "2.00", project: "3.50", closingCarryover: "5.50" },
      { code: "2296003", openingCarryover: "0", income: "0.05", basic: "0", project: "0.05", closingCarryover: "0" },
    ];
    pkg.stateCapital = [{ code: "2230199", basic: "7.77", project: "0.23" }];
    const t = computeTotals(pkg);
    expect(t.threePublic.actual).toEqual({
      outbound: 1n,
      vehiclePurchase: 10010n,
      vehicleOperation: 202n,
      vehicle: 10212n,
      reception: 300n,
      total: 10513n,
    });
    expect(t.governmentFund).toEqual({
      openingCarryover: 100n,
      income: 1005n,
      basic: 200n,
      project: 355n,
      expenditure: 555n,
      closingCarryover: 550n,
    });
    expect(t.stateCapital).toEqual({ basic: 777n, project: 23n, total: 800n });
  });

  it("empty tables give zero totals", () => {
    const pkg = loadFixture();
    pkg.income = [];
    pkg.expenditure = [];
    pkg.generalBudgetExpenditure = [];
    const t = computeTotals(pkg);
    expect(t.incomeTotal).toBe(0n);
    expect(t.expenditureTotal).toBe(0n);
    expect(t.generalBudget.total).toBe(0n);
    expect(t.grandTotal).toBe(yuan("28100.00"));
  });
});

describe("priorFigures", () => {
  it("reads the priorYear block when no previous package is given", () => {
    const p = priorFigures(loadFixture());
    expect(p).toEqual({
      grandTotal: yuan("2257300.00"),
      fiscalGrandTotal: yuan("2229200.00"),
      generalBudgetExpenditure: yuan("2229200.00"),
      threePublicActual: { outbound: 0n, vehiclePurchase: 0n, vehicleOperation: 0n, reception: 0n },
      operatingCosts: yuan("643800.00"),
      source: "priorYear",
    });
    expect(priorFigures(loadFixture(), null)?.source).toBe("priorYear");
  });

  it("prefers the previous year's package over the priorYear block", () => {
    const current = loadFixture();
    const previous = loadFixture();
    previous.year = 2019;
    previous.threePublic.actual.reception = "1234.56";
    previous.otherMatters.operatingCosts.actual = "500000.00";
    const p = priorFigures(current, previous);
    expect(p?.source).toBe("package");
    expect(p?.grandTotal).toBe(yuan("2217500.00"));
    expect(p?.fiscalGrandTotal).toBe(yuan("2189400.00"));
    expect(p?.generalBudgetExpenditure).toBe(yuan("2189400.00"));
    expect(p?.threePublicActual.reception).toBe(123456n);
    expect(p?.operatingCosts).toBe(yuan("500000.00"));
  });

  it("is null with neither a previous package nor a priorYear block", () => {
    const pkg = loadFixture();
    pkg.priorYear = null;
    expect(priorFigures(pkg)).toBeNull();
    delete pkg.priorYear;
    expect(priorFigures(pkg, undefined)).toBeNull();
  });
});
