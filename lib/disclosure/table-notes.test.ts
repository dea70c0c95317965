import { describe, expect, it } from "vitest";
import { parsePackage } from "./package";
import { renderReport } from "./render";
import { formatYuan as y } from "./money";
import { ROUNDING_NOTE, hasRoundingDifference } from "./table-notes";
import { blankPackage, expenditureRow, fixturePackage, incomeRow } from "./testing/builders";

const byKey = (pkg: ReturnType<typeof blankPackage>) => Object.fromEntries(renderReport(pkg).tables.map((t) => [t.key, t]));

describe("provenance marks", () => {
  it("the reference package marks 公开03/05's basic/project split and 公开06's detail rows as 示例, not the totals", () => {
    const t = byKey(fixturePackage());
    const g03 = t.g03;
    const basic = g03.columns.findIndex((c) => c.key === "basic");
    const total = g03.columns.findIndex((c) => c.key === "total");
    const totalRow = g03.rows.find((r) => r.level === "合计")!;
    expect(totalRow.marks).toBeUndefined(); // 202.94 and 16 are the report's own figures
    const item = g03.rows.find((r) => r.code === "2012901")!;
    expect(item.marks![basic]).toBe("illustrative");
    expect(item.marks![total]).toBeNull(); // the item's total is published
    expect(g03.notes?.[0]).toEqual({ kind: "illustrative", text: expect.stringContaining("标“示”的数字为示例数据") });
    expect(t.g05.rows.some((r) => r.marks?.includes("illustrative"))).toBe(true);
    const g06 = t.g06;
    expect(g06.rows.filter((r) => r.level === "item").every((r) => r.marks?.[2] === "illustrative" || r.values[2] === null)).toBe(true);
    expect(g06.rows.find((r) => r.level === "合计")!.marks).toBeUndefined();
    expect(t.g01.notes).toBeUndefined();
    expect(t.g01.rows.every((r) => r.marks === undefined)).toBe(true);
  });

  it("marks a whole table, rows by code, or named fields, as estimated", () => {
    const pkg = blankPackage();
    pkg.expenditure = [expenditureRow("2010101", { basic: 100n }), expenditureRow("2010102", { basic: 200n })];
    pkg.provenance = [{ kind: "estimated", table: "g03", codes: ["2010102"], columns: ["basic"], note: "按上年比例估算" }];
    const g03 = byKey(pkg).g03;
    const basic = g03.columns.findIndex((c) => c.key === "basic");
    expect(g03.rows.find((r) => r.code === "2010102")!.marks![basic]).toBe("estimated");
    expect(g03.rows.find((r) => r.code === "2010101")!.marks).toBeUndefined();
    expect(g03.notes).toEqual([{ kind: "estimated", text: "标“估”的数字为估算数（不是精确的决算数）：按上年比例估算" }]);
    pkg.provenance = [{ kind: "illustrative", table: "g03", note: "全表示例" }];
    const whole = byKey(pkg).g03;
    expect(whole.rows.every((r) => r.values.every((v, i) => whole.columns[i].kind !== "amount" || r.marks![i] === "illustrative"))).toBe(true);
  });

  it("is optional and checked: an old package parses, a bad mark is named in Chinese", () => {
    const plain = structuredClone(fixturePackage()) as Record<string, unknown>;
    delete plain.provenance;
    expect(parsePackage(plain).ok).toBe(true);
    const bad = parsePackage({ ...plain, provenance: [{ kind: "guess", table: "g10", note: "" }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toEqual(["provenance[0].kind", "provenance[0].table", "provenance[0].note"]);
  });
});

describe("尾差 note", () => {
  it("appears when a total differs from the sum of its displayed rounded parts, and not otherwise", () => {
    const pkg = blankPackage();
    // 0.005 万元 = 50 元 each: every item shows 0.01 (half-up), the 类 and 合计 of 100 元 show 0.01 too, not 0.02.
    pkg.expenditure = [expenditureRow("2010101", { basic: 5000n }), expenditureRow("2010102", { basic: 5000n })];
    const g03 = byKey(pkg).g03;
    expect(hasRoundingDifference(g03)).toBe(true);
    expect(g03.notes).toEqual([{ kind: "rounding", text: ROUNDING_NOTE }]);
    pkg.expenditure = [expenditureRow("2010101", { basic: 10000n }), expenditureRow("2010102", { basic: 20000n })];
    expect(byKey(pkg).g03.notes).toBeUndefined();
  });

  it("compares a row's total column with its parts (本年支出合计 = 基本 + 项目)", () => {
    const pkg = blankPackage();
    pkg.expenditure = [expenditureRow("2010101", { basic: 5000n, project: 5000n })]; // 0.01 + 0.01 shown, total 0.01
    expect(hasRoundingDifference(byKey(pkg).g03)).toBe(true);
  });

  it("checks 公开01's 本年收入合计, 本年支出合计 and 总计 against their lines", () => {
    const pkg = blankPackage();
    // 四、上级补助收入 and 五、事业收入 show 0.01 each; 本年收入合计 (100 元) shows 0.01.
    pkg.income = [incomeRow("2010101", { superiorSubsidy: 5000n, business: 5000n })];
    const g01 = byKey(pkg).g01;
    expect(hasRoundingDifference(g01)).toBe(true);
    expect(g01.notes).toEqual([{ kind: "rounding", text: ROUNDING_NOTE }]);
    // Only 总计: 本年收入合计 0.01 + 年初结转和结余 0.01 shown, 总计 0.01.
    pkg.income = [incomeRow("2010101", { superiorSubsidy: 5000n })];
    pkg.balances.openingCarryover = y(5000n);
    expect(hasRoundingDifference(byKey(pkg).g01)).toBe(true);
    pkg.balances.openingCarryover = y(10000n);
    pkg.income = [incomeRow("2010101", { superiorSubsidy: 10000n, business: 20000n })];
    expect(byKey(pkg).g01.notes).toBeUndefined();
    // Expenditure side: two 类 of 0.005 万元 each under 本年支出合计 of 0.01.
    pkg.expenditure = [expenditureRow("2010101", { basic: 5000n }), expenditureRow("2080101", { basic: 5000n })];
    expect(hasRoundingDifference(byKey(pkg).g01)).toBe(true);
  });

  it("checks 公开04's totals down each side and its 合计 column against the three funds", () => {
    const pkg = blankPackage();
    pkg.fiscal.income.generalBudget = y(5000n);
    pkg.fiscal.income.governmentFund = y(5000n);
    const g04 = byKey(pkg).g04;
    expect(hasRoundingDifference(g04)).toBe(true);
    expect(g04.notes).toEqual([{ kind: "rounding", text: ROUNDING_NOTE }]);
    pkg.fiscal.income.generalBudget = y(10000n);
    pkg.fiscal.income.governmentFund = y(30000n);
    expect(byKey(pkg).g04.notes).toBeUndefined();
  });

  it("checks 公开07's 合计 against its items and 小计 against the two vehicle costs, budget and actual", () => {
    const pkg = blankPackage();
    pkg.threePublic.actual = { outbound: y(5000n), vehiclePurchase: y(0n), vehicleOperation: y(0n), reception: y(5000n) };
    const g07 = byKey(pkg).g07;
    expect(hasRoundingDifference(g07)).toBe(true);
    expect(g07.notes).toEqual([{ kind: "rounding", text: ROUNDING_NOTE }]);
    pkg.threePublic.actual = { outbound: y(0n), vehiclePurchase: y(0n), vehicleOperation: y(0n), reception: y(0n) };
    pkg.threePublic.budget = { outbound: y(0n), vehiclePurchase: y(5000n), vehicleOperation: y(5000n), reception: y(0n) };
    expect(hasRoundingDifference(byKey(pkg).g07)).toBe(true);
    pkg.threePublic.budget = { outbound: y(10000n), vehiclePurchase: y(20000n), vehicleOperation: y(40000n), reception: y(80000n) };
    expect(byKey(pkg).g07.notes).toBeUndefined();
  });

  it("is not printed where the exact figures themselves do not add up (a data error, reported by the checks)", () => {
    const pkg = blankPackage();
    // 公开01's 一 to 三 come from the fund split, 本年收入合计 from 公开02: here 100 元 against 110 元.
    // As printed, 0.01 + 0.01 against 0.01, yet that is no 尾差.
    pkg.fiscal.income.generalBudget = y(5000n);
    pkg.fiscal.income.governmentFund = y(5000n);
    pkg.income = [incomeRow("2010101", { fiscal: 11000n })];
    expect(hasRoundingDifference(byKey(pkg).g01)).toBe(false);
    pkg.income = [incomeRow("2010101", { fiscal: 10000n })];
    expect(hasRoundingDifference(byKey(pkg).g01)).toBe(true);
  });

  it("is absent from the reference report, whose published figures add up", () => {
    expect(renderReport(fixturePackage()).tables.filter((t) => t.notes?.some((n) => n.kind === "rounding"))).toEqual([]);
  });
});
