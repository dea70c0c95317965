import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZPackage, type TPackage } from "../../disclosure/package";
import { FIELD_CATALOG } from "../../disclosure/fields/catalog";
import { LINE_ITEM_SECTIONS, lineItemKey, packageToLineItems } from "./package-rows";

const fixturePath = path.resolve(import.meta.dirname, "../../../fixtures/lusong-trade-union-2020.json");
const fixture: TPackage = ZPackage.parse(JSON.parse(readFileSync(fixturePath, "utf8")));

/** Every string in the package that looks like an amount, found without knowing the format. */
function amountLeaves(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string" && /^-?\d+\.\d{2}$/.test(value)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => amountLeaves(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => amountLeaves(v, out));
  return out;
}

const cents = (amount: string) => BigInt(amount.replace(".", ""));

describe("packageToLineItems", () => {
  const rows = packageToLineItems(fixture);

  it("emits every amount of the package, verbatim, and nothing else", () => {
    expect(rows.map((r) => r.amount).sort()).toEqual(amountLeaves(fixture).sort());
  });

  it("keeps the codes of coded blocks and null elsewhere", () => {
    expect(rows.filter((r) => r.section === "income").map((r) => r.code)).toContain("2012901");
    expect(rows.filter((r) => r.section === "basicPersonnel").every((r) => /^30[13]\d\d$/.test(r.code!))).toBe(true);
    expect(rows.filter((r) => r.section === "fiscal").every((r) => r.code === null)).toBe(true);
    expect(new Set(rows.map((r) => r.section)).size).toBeLessThanOrEqual(LINE_ITEM_SECTIONS.length);
  });

  it("sums to the published figures", () => {
    const sum = (section: string, field: string) => rows.filter((r) => r.section === section && r.field === field).reduce((s, r) => s + cents(r.amount), 0n);
    expect(sum("income", "fiscal")).toBe(218940000n);
    expect(sum("fiscal", "income.generalBudget")).toBe(218940000n);
    expect(sum("generalBudgetExpenditure", "basic") + sum("generalBudgetExpenditure", "project")).toBe(218940000n);
  });

  it("keeps zero amounts, and omits an absent priorYear", () => {
    expect(rows.find((r) => r.section === "threePublicActual" && r.field === "reception")?.amount).toBe("0.00");
    const withoutPrior = packageToLineItems({ ...fixture, priorYear: null });
    expect(withoutPrior.some((r) => r.section === "priorYear")).toBe(false);
    expect(withoutPrior.length).toBe(rows.length - 8);
  });

  it("refuses a value that is not an amount instead of storing something else", () => {
    const broken = { ...fixture, balances: { ...fixture.balances, openingCarryover: "1.234" } };
    expect(() => packageToLineItems(broken)).toThrow(/balances\.openingCarryover/);
  });

  it("stores every amount of the field catalog under its own section and field", () => {
    const keys = FIELD_CATALOG.filter((e) => e.kind === "amount").map((e) => lineItemKey(e.path));
    expect(new Set(keys.map((k) => `${k.section}/${k.field}`)).size).toBe(keys.length);
    expect(lineItemKey("basicExpenditure.public[].amount")).toEqual({ section: "basicPublic", field: "amount" });
    expect(lineItemKey("otherMatters.procurement.goods")).toEqual({ section: "otherMatters", field: "procurement.goods" });
    expect(() => lineItemKey("nowhere.amount")).toThrow(/nowhere/);
  });
});
