import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePackage, renderReport, type TPackage } from "@/lib/disclosure";
import { isDemoUnit } from "@/lib/public/demo";
import { DEMO_UNITS, demoPackage } from "./demo-data";

const fixture = parsePackage(JSON.parse(readFileSync("fixtures/lusong-trade-union-2020.json", "utf8")));

describe("demo data", () => {
  it("is valid, balanced (no blocking check fails) and labelled 示例数据", () => {
    if (!fixture.ok) throw new Error("fixture");
    for (const unit of DEMO_UNITS) {
      expect(isDemoUnit(unit.code)).toBe(true);
      let previous: TPackage | null = null;
      for (const r of unit.reports) {
        for (const rev of r.revisions) {
          const pkg = demoPackage(fixture.package, unit, r.year, rev.scale ?? r.scale, previous !== null);
          expect(parsePackage(pkg).ok).toBe(true);
          const errors = renderReport(pkg, { previous }).checks.filter((c) => c.severity === "error" && c.rule !== "R9");
          expect(errors.map((e) => e.message)).toEqual([]);
          expect(pkg.unit.name).toContain("示例");
        }
        previous = r.revisions.length ? demoPackage(fixture.package, unit, r.year, r.revisions.at(-1)!.scale ?? r.scale, previous !== null) : null;
      }
    }
  });
});
