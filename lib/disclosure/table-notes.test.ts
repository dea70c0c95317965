import { describe, expect, it } from "vitest";
import { parsePackage } from "./package";
import { renderReport } from "./render";
import { ROUNDING_NOTE, hasRoundingDifference } from "./table-notes";
import { blankPackage, expenditureRow, fixturePackage } from "./testing/builders";

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

  it("is absent from the reference report, whose published figures add up", () => {
    expect(renderReport(fixturePackage()).tables.filter((t) => t.notes?.some((n) => n.kind === "rounding"))).toEqual([]);
  });
});
