import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePackage } from "./package";
import { renderReport } from "./render";
import { reportToJson, serializePackage, toJsonValue } from "./serialize";
import { emptyPackage } from "./template";
import { arbBalancedPackage, arbPackage } from "./testing/arbitraries";
import { FIXTURE_JSON, fixturePackage } from "./testing/builders";

const importExport = (x: unknown) => {
  const parsed = parsePackage(x);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return JSON.parse(serializePackage(parsed.package));
};

describe("export(import(x)) = x", () => {
  it("for the fixture, byte for byte", () => {
    const text = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/lusong-trade-union-2020.json"), "utf8");
    expect(serializePackage(fixturePackage())).toBe(text);
    expect(importExport(FIXTURE_JSON)).toEqual(FIXTURE_JSON);
  });

  it('for any schema-valid package, amounts kept as typed ("5", "5.5", "-0.00")', () => {
    fc.assert(
      fc.property(arbPackage, (x) => {
        const plain = JSON.parse(JSON.stringify(x));
        expect(importExport(plain)).toStrictEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  it("for balanced packages and the template", () => {
    fc.assert(
      fc.property(arbBalancedPackage, (x) => void expect(importExport(x)).toStrictEqual(x)),
      { numRuns: 50 },
    );
    const t = emptyPackage({ unitCode: "X1", year: 2022 });
    expect(importExport(JSON.parse(serializePackage(t)))).toStrictEqual(JSON.parse(serializePackage(t)));
  });

  it("writes keys in the schema's order whatever order they came in", () => {
    const pkg = fixturePackage();
    const shuffled = Object.fromEntries(Object.entries(pkg).reverse());
    expect(serializePackage(shuffled as typeof pkg)).toBe(serializePackage(pkg));
  });
});

describe("toJsonValue", () => {
  it("turns 分 into 元 text and leaves everything else", () => {
    expect(toJsonValue({ a: 218_940_000n, b: [-5n, 0n], c: "x", d: 3, e: null, f: undefined })).toEqual({
      a: "2189400.00",
      b: ["-0.05", "0.00"],
      c: "x",
      d: 3,
      e: null,
    });
  });

  it("a rendered report becomes the CLI/API shape with 元 strings", () => {
    const json = reportToJson(renderReport(fixturePackage())) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["unit", "year", "tables", "narrative", "checks"]);
    const t01 = (json.tables as { rows: { values: unknown[] }[] }[])[0];
    expect(t01.rows[0].values).toEqual(["一、一般公共预算财政拨款收入", "1", "2189400.00", "一、一般公共服务支出", "13", "2139000.00"]);
    expect((json.narrative as object[])[0]).toEqual({ section: 1, title: expect.any(String), text: expect.stringContaining("221.75万元") });
    expect((json.checks as { left: unknown }[])[0].left).toEqual({ label: "决算数", amount: "0.00" });
  });
});
