import { describe, expect, it } from "vitest";
import fixture from "@/fixtures/lusong-trade-union-2020.json";
import { parsePackage } from "@/lib/disclosure/package";
import { blankPackage, packageFromPrevious } from "./new-package";

describe("new drafts", () => {
  const previous = parsePackage(fixture);
  if (!previous.ok) throw new Error("fixture invalid");

  it("a blank package is a valid package", () => {
    expect(parsePackage(blankPackage(previous.package.unit, 2021)).ok).toBe(true);
  });

  it("copies overview and recurring texts from last year, and no figure", () => {
    const pkg = packageFromPrevious(previous.package, previous.package.unit, 2021);
    expect(parsePackage(pkg).ok).toBe(true);
    expect(pkg.overview.duties).toEqual(previous.package.overview.duties);
    expect(pkg.overview.composition).toContain("2021");
    expect(pkg.otherMatters.other).toBe(previous.package.otherMatters.other);
    expect(pkg.income).toEqual([]);
    expect(pkg.generalBudgetExpenditure).toEqual([]);
    expect(pkg.otherMatters.operatingCosts.actual).toBe("0.00");
    expect(pkg.reasons).toEqual({});
  });
});
