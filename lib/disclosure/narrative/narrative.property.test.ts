/**
 * Properties of the narrative over arbitrary schema-valid packages (balanced or not: a draft that
 * fails its checks must still preview). Figures are checked for form, text for hygiene.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeSetForYear } from "../codes";
import { computeTotals, priorFigures } from "../figures";
import { parseYuan } from "../money";
import { ZPackage } from "../package";
import { buildNarrative, narrativeText } from "./index";
import { arbPackage } from "./testing";

const RUNS = { numRuns: 300 };

function render(pkg: Parameters<typeof buildNarrative>[0]) {
  return buildNarrative(pkg, { codes: codeSetForYear(pkg.year), prior: priorFigures(pkg) });
}

describe("narrative properties", () => {
  it("the arbitrary packages are schema-valid", () => {
    fc.assert(
      fc.property(arbPackage, (pkg) => ZPackage.safeParse(pkg).success),
      { numRuns: 50 },
    );
  });

  it("eleven sections, numbered, text = blocks joined, deterministic", () => {
    fc.assert(
      fc.property(arbPackage, (pkg) => {
        const a = render(pkg);
        expect(a.map((s) => s.section)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        for (const s of a) {
          expect(s.title).not.toBe("");
          expect(s.blocks.length).toBeGreaterThan(0);
          expect(s.text).toBe(s.blocks.map((b) => b.text).join("\n"));
          for (const b of s.blocks) expect(b.text).not.toMatch(/\n/);
        }
        expect(render(pkg)).toEqual(a);
      }),
      RUNS,
    );
  });

  it("every amount is 万元 with at most two decimals and no trailing zero; every percentage has one decimal or is 0%", () => {
    fc.assert(
      fc.property(arbPackage, (pkg) => {
        const text = narrativeText(render(pkg));
        for (const m of text.matchAll(/([\d.]+)万元/g)) {
          // 单位价值50万元以上 / 100万元以上 are fixed wording, also well-formed.
          expect(m[1]).toMatch(/^(0|[1-9]\d*)(\.\d?[1-9])?$/);
        }
        for (const m of text.matchAll(/([\d.]+)%/g)) {
          expect(m[1]).toMatch(/^(0|(0|[1-9]\d*)\.\d)$/);
        }
      }),
      RUNS,
    );
  });

  it("no empty reason, doubled punctuation or leaked value", () => {
    fc.assert(
      fc.property(arbPackage, (pkg) => {
        const text = narrativeText(render(pkg));
        for (const bad of [
          "主要是因为。",
          "主要是因为，",
          "原因是：。",
          "原因是：；",
          "主要是因为主要",
          "是：主要原因",
          "。。",
          "；。",
          "，。",
          "，，",
          "；；",
          "undefined",
          "null",
          "NaN",
        ]) {
          expect(text).not.toContain(bad);
        }
      }),
      RUNS,
    );
  });

  it("no prior figures: no year-on-year wording", () => {
    fc.assert(
      fc.property(arbPackage, (pkg) => {
        const text = narrativeText(buildNarrative(pkg, { codes: codeSetForYear(pkg.year), prior: null }));
        expect(text).not.toContain("上年");
      }),
      RUNS,
    );
  });

  it("§5 numbers exactly the 公开05 rows with a budget or spending", () => {
    fc.assert(
      fc.property(arbPackage, (pkg) => {
        const s5 = render(pkg)[4];
        const items = s5.blocks.filter((b) => /^\d+、.*（项）。$/.test(b.text));
        const expected = pkg.generalBudgetExpenditure.filter((r) => parseYuan(r.budget) !== 0n || parseYuan(r.basic) + parseYuan(r.project) !== 0n).length;
        expect(items.map((b) => b.text.split("、")[0])).toEqual(Array.from({ length: expected }, (_, i) => String(i + 1)));
      }),
      RUNS,
    );
  });

  it("§8/§9 say 没有 exactly when there is no such money", () => {
    fc.assert(
      fc.property(arbPackage, (pkg) => {
        const t = computeTotals(pkg);
        const s = render(pkg);
        const gf = t.governmentFund;
        const hasGf =
          [gf.openingCarryover, gf.income, gf.expenditure, gf.closingCarryover].some((v) => v !== 0n) ||
          [t.fiscal.income, t.fiscal.openingCarryover, t.fiscal.closingCarryover].some((f) => f.governmentFund !== 0n);
        expect(s[7].text.includes("没有")).toBe(!hasGf);
        const hasSc = t.stateCapital.total !== 0n || [t.fiscal.income, t.fiscal.openingCarryover, t.fiscal.closingCarryover].some((f) => f.stateCapital !== 0n);
        expect(s[8].text.includes("没有")).toBe(!hasSc);
      }),
      RUNS,
    );
  });
});
