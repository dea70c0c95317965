import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeSetForYear } from "../codes";
import { tryParseYuan } from "../money";
import type { DisclosureTable } from "../model";
import { arbBalancedPackage, arbPackage } from "../testing/arbitraries";
import { buildTables } from ".";
import { yuan } from "./shared";

const codes = codeSetForYear(2020);
const CODED = new Set(["g02", "g03", "g05", "g08", "g09"]);

/** For every amount column: 合计 = Σ类, each 类 = Σ its 款 = Σ its 项, each 款 = Σ its 项. */
function assertRollUp(t: DisclosureTable) {
  if (t.rows.length === 0) return;
  const amountCols = t.columns.map((c, i) => (c.kind === "amount" ? i : -1)).filter((i) => i >= 0);
  const [total, ...rest] = t.rows;
  expect(total.level).toBe("合计");
  for (const col of amountCols) {
    const at = (r: (typeof rest)[number]) => r.values[col] as bigint;
    const sumOf = (level: string, pred: (code: string) => boolean) => rest.filter((r) => r.level === level && pred(r.code!)).reduce((s, r) => s + at(r), 0n);
    expect(sumOf("类", () => true)).toBe(total.values[col]);
    expect(sumOf("项", () => true)).toBe(total.values[col]);
    let cls = "";
    let sec = "";
    for (const r of rest) {
      // A parent row is followed by its children: compare it with the sums of what follows it.
      if (r.level === "类") {
        cls = r.code!;
        const children = rest.slice(rest.indexOf(r) + 1);
        const end = children.findIndex((x) => x.level === "类");
        const own = end < 0 ? children : children.slice(0, end);
        expect(own.filter((x) => x.level === "款").reduce((s, x) => s + at(x), 0n)).toBe(at(r));
        expect(own.filter((x) => x.level === "项").reduce((s, x) => s + at(x), 0n)).toBe(at(r));
      } else if (r.level === "款") {
        sec = r.code!;
        const children = rest.slice(rest.indexOf(r) + 1);
        const end = children.findIndex((x) => x.level !== "项");
        const own = end < 0 ? children : children.slice(0, end);
        expect(own.reduce((s, x) => s + at(x), 0n)).toBe(at(r));
      } else {
        // Every 项 sits under the 类 and 款 its code names.
        expect(r.code!.slice(0, 3)).toBe(cls);
        expect(r.code!.slice(0, 5)).toBe(sec);
      }
    }
  }
}

describe("coded tables roll up exactly", () => {
  it("类 = Σ款 = Σ项 and 合计 = Σ类 in 公开02/03/05/08/09, for any schema-valid package", () => {
    fc.assert(
      fc.property(arbPackage, (pkg) => {
        for (const t of buildTables(pkg, codes)) if (CODED.has(t.key)) assertRollUp(t);
      }),
      { numRuns: 150 },
    );
  });

  it("the same holds for balanced packages, and 公开06's 类 lines sum their 款", () => {
    fc.assert(
      fc.property(arbBalancedPackage, (pkg) => {
        const tables = buildTables(pkg, codes);
        for (const t of tables) if (CODED.has(t.key)) assertRollUp(t);
        const t06 = tables[5];
        for (const side of [0, 1]) {
          let clsTotal = 0n;
          let sum = 0n;
          let classes = 0n;
          for (const r of t06.rows) {
            const b = r.blocks?.[side];
            const v = r.values[side * 3 + 2] as bigint;
            if (!b) continue;
            if (b.level === "类") {
              expect(sum).toBe(clsTotal);
              clsTotal = v;
              sum = 0n;
              classes += v;
            } else if (b.level === "款") sum += v;
            else if (b.level === "合计") {
              expect(sum).toBe(clsTotal);
              expect(v).toBe(classes);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("the fast amount reader", () => {
  it("reads exactly what money.parseYuan reads", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{1,16}(\.\d{0,3})?$/), (s) => {
        expect(yuan(s)).toBe(tryParseYuan(s) ?? 0n);
      }),
      { numRuns: 2000 },
    );
    for (const s of ["0", "-0", "5.", ".5", "", "-", "1e5", "99999999999999.99", "-99999999999999.99", "9007199254740993"]) {
      expect(yuan(s)).toBe(tryParseYuan(s) ?? 0n);
    }
  });
});
