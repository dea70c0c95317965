import { describe, expect, it } from "vitest";
import fixture from "@/fixtures/lusong-trade-union-2020.json";
import { parsePackage } from "./package";
import { unknownFieldPaths } from "./unknown-fields";

describe("unknownFieldPaths", () => {
  it("finds nothing in a valid package", () => {
    const parsed = parsePackage(fixture);
    expect(parsed.ok && unknownFieldPaths(fixture, parsed.package)).toEqual([]);
  });

  it("names every key the schema dropped, nested and in lists", () => {
    const raw = structuredClone(fixture) as Record<string, unknown> & { income: Record<string, unknown>[]; overview: Record<string, unknown> };
    raw.incomme = [];
    raw.overview.dutys = ["x"];
    raw.income[1].fiscall = "1.00";
    const parsed = parsePackage(raw);
    const found = parsed.ok ? unknownFieldPaths(raw, parsed.package) : [];
    expect([...found].sort()).toEqual(["income[1].fiscall", "incomme", "overview.dutys"]);
  });
});
