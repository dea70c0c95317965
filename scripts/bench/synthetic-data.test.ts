import { describe, expect, it } from "vitest";
import { codeSetForYear } from "../../lib/disclosure/codes";
import { parsePackage } from "../../lib/disclosure/package";
import { isDemoUnit } from "../../lib/public/demo";
import { blockingCount, checkDraft } from "../../lib/workspace/draft-checks";
import { loadFixture } from "../db/seed-data";
import { SYNTHETIC_FIRST_YEAR, syntheticPackage, syntheticUnit } from "./synthetic-data";

const reference = loadFixture();

describe("synthetic bench packages", () => {
  it("are valid and balanced: zero blocking errors, first year and later years (previous year published)", () => {
    for (const i of [0, 1, 6, 137, 9_999]) {
      let previous = null;
      for (let y = 0; y < 5; y++) {
        const year = SYNTHETIC_FIRST_YEAR + y;
        const pkg = syntheticPackage(reference, i, year);
        const parsed = parsePackage(JSON.parse(JSON.stringify(pkg)));
        expect(parsed.ok, `unit ${i} ${year}`).toBe(true);
        const errors = checkDraft(pkg, previous, codeSetForYear(year), "UNIT").filter((r) => r.severity === "error");
        expect(errors, `unit ${i} ${year}`).toEqual([]);
        expect(blockingCount(errors)).toBe(0);
        previous = pkg;
      }
    }
  });

  it("name invented units as 示例 with demo codes, distinct over a province", () => {
    const units = Array.from({ length: 10_000 }, (_, i) => syntheticUnit(i));
    expect(new Set(units.map((u) => u.code)).size).toBe(10_000);
    expect(new Set(units.map((u) => u.name)).size).toBe(10_000);
    expect(units.every((u) => isDemoUnit(u.code) && u.name.includes("示例"))).toBe(true);
    expect(units.some((u) => u.name.includes("芦淞区总工会"))).toBe(true);
  });

  it("scale amounts exactly and change them from year to year", () => {
    const a = syntheticPackage(reference, 2, 2020);
    const b = syntheticPackage(reference, 2, 2021);
    // unit 2 → ×3; 2020 → ×10, 2021 → ×11; the reference's first income row is 14700.00.
    expect(reference.income[0].fiscal).toBe("14700.00");
    expect(a.income[0].fiscal).toBe("441000.00");
    expect(b.income[0].fiscal).toBe("485100.00");
    expect(a.priorYear).not.toBeNull();
    expect(b.priorYear).toBeNull();
    expect(syntheticPackage(reference, 2, 2021)).toEqual(b);
  });
});
