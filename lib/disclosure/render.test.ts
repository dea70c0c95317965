import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCodeSet, codeSetForYear } from "./codes";
import { renderReport } from "./render";
import { reportToJson } from "./serialize";
import { arbPackage } from "./testing/arbitraries";
import { blankPackage, fixturePackage, largePackage } from "./testing/builders";

describe("renderReport on the reference report", () => {
  const report = renderReport(fixturePackage());

  it("has the unit, nine tables, eleven sections, the checks", () => {
    expect(report.unit).toEqual({ code: "430203-zgh", name: "株洲市芦淞区总工会", shortName: "区总工会" });
    expect(report.year).toBe(2020);
    expect(report.tables).toHaveLength(9);
    expect(report.narrative.map((s) => s.section)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(report.checks.map((c) => c.rule)).toEqual(["W3"]);
    expect(report.narrative[0].text).toContain("2020年度收、支总计221.75万元");
  });

  it("key figures are the exact totals", () => {
    const f = report.figures;
    expect(f.grandTotal).toBe(221_750_000n);
    expect(f.incomeTotal).toBe(218_940_000n);
    expect(f.expenditureTotal).toBe(218_940_000n);
    expect(f.fiscalIncome).toBe(218_940_000n);
    expect(f.fiscalGrandTotal).toBe(218_940_000n);
    expect(f.generalBudgetExpenditure).toBe(218_940_000n);
    expect(f.generalBudgetBudget).toBe(233_640_000n);
    expect(f.basicExpenditure).toBe(202_940_000n);
    expect(f.projectExpenditure).toBe(16_000_000n);
    expect(f.personnelCosts).toBe(141_640_000n);
    expect(f.publicCosts).toBe(61_300_000n);
    expect(f.operatingCosts).toBe(61_300_000n);
    expect(f.threePublicActual).toBe(0n);
    expect(f.incomeBySource[0]).toEqual({ key: "fiscal", label: "财政拨款收入", amount: 218_940_000n });
    expect(f.generalBudgetByClass).toEqual([
      { code: "201", name: "一般公共服务支出", amount: 213_900_000n },
      { code: "212", name: "城乡社区支出", amount: 5_040_000n },
    ]);
    expect(f.threePublicItems.map((i) => i.key)).toEqual(["outbound", "vehiclePurchase", "vehicleOperation", "reception"]);
  });

  it("`previous` overrides the package's priorYear block", () => {
    const previous = fixturePackage();
    previous.year = 2019;
    const pkg = fixturePackage();
    pkg.reasons = {};
    const r = renderReport(pkg, { previous });
    // Same totals as this year: nothing changed, so no reason is missing and §1 says 持平.
    expect(r.checks.filter((c) => c.rule === "R9")).toEqual([]);
    expect(r.narrative[0].text).toContain("与上年持平");
    expect(
      renderReport(pkg)
        .checks.filter((c) => c.rule === "R9")
        .map((c) => c.path),
    ).toEqual(["reasons.grandTotalChange", "reasons.fiscalTotalChange", "reasons.generalBudgetChange"]);
  });

  it("uses the given code sets (an admin-loaded 2021 set wins over 2020 for 2021)", () => {
    const pkg = fixturePackage();
    pkg.year = 2021;
    const set2021 = buildCodeSet({ year: 2021, functional: [{ code: "201", name: "一般公共服务支出（2021）" }], economic: [] });
    const r = renderReport(pkg, { codeSets: [codeSetForYear(2020)!, set2021] });
    expect(r.tables[1].rows[1].name).toBe("一般公共服务支出（2021）");
    expect(r.checks.some((c) => c.rule === "R2")).toBe(true); // the 项 are not in the tiny 2021 set
  });
});

describe("renderReport never throws", () => {
  it("on an empty package, a year without code set, and a 300-line package", () => {
    expect(() => renderReport(blankPackage(2020))).not.toThrow();
    expect(renderReport(blankPackage(2005)).checks.map((c) => c.rule)).toEqual(["R2", "R10"]);
    const { pkg, codeSet } = largePackage(300);
    const r = renderReport(pkg, { codeSets: [codeSet] });
    expect(r.checks.filter((c) => c.severity === "error")).toEqual([]);
    expect(r.tables[4].rows.filter((row) => row.level === "项")).toHaveLength(300);
  });

  it("on any schema-valid package (unknown codes, negatives, zeros, up to 10^14 元), and its JSON is exact text", () => {
    fc.assert(
      fc.property(arbPackage, fc.option(arbPackage), (pkg, previous) => {
        const report = renderReport(pkg, { previous });
        const json = JSON.stringify(reportToJson(report));
        expect(json).not.toContain("NaN");
        expect(report.tables).toHaveLength(9);
      }),
      { numRuns: 200 },
    );
  });
});
