import { describe, expect, it } from "vitest";
import { changeText } from "./change-text";
import { parseCompareParams } from "./compare-params";

describe("parseCompareParams", () => {
  it("reads both kinds of comparison, dedupes, sorts years and keeps at most five units", () => {
    const p = parseCompareParams({ unit: "430203-zgh", years: "2021,2019,x,2019", year: "2020", units: "a,b,c,d,e,f,a" });
    expect(p.unit).toBe("430203-zgh");
    expect(p.years).toEqual([2019, 2021]);
    expect(p.year).toBe(2020);
    expect(p.units).toEqual(["a", "b", "c", "d", "e"]);
  });
  it("treats missing or malformed values as empty", () => {
    expect(parseCompareParams({ year: "20x0" })).toMatchObject({ unit: null, year: null, years: [], units: [] });
  });
});

describe("changeText", () => {
  it("signs the change and gives no percentage against a zero base", () => {
    expect(changeText(218940000n, 225730000n)).toEqual({ amount: "-6.79", percent: "-3.0%" });
    expect(changeText(1000000n, 0n)).toEqual({ amount: "+1.00", percent: "—" });
    expect(changeText(5n, 5n)).toEqual({ amount: "0.00", percent: "0.0%" });
  });
});
