import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZPackage } from "../package";
import { FIXTURE_JSON } from "../testing/builders";
import { FIELD_CATALOG, fieldEntry, fieldsUnder } from "./catalog";
import { PARTS } from "./parts";

/** Every leaf of a JSON value as a pattern (`income[].fiscal`), found without knowing the format. */
function jsonLeaves(value: unknown, path = "", out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => jsonLeaves(v, `${path}[]`, out));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) jsonLeaves(v, path ? `${path}.${k}` : k, out);
  else out.add(path);
  return out;
}

/** Every leaf the schema allows, walking the zod schema itself. */
function schemaLeaves(schema: z.ZodType, path = "", out = new Set<string>()): Set<string> {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return schemaLeaves(schema.unwrap() as z.ZodType, path, out);
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options) schemaLeaves(option as z.ZodType, path, out);
    return out;
  }
  if (schema instanceof z.ZodArray) return schemaLeaves(schema.element as z.ZodType, `${path}[]`, out);
  if (schema instanceof z.ZodObject) {
    for (const [k, v] of Object.entries(schema.shape)) schemaLeaves(v as z.ZodType, path ? `${path}.${k}` : k, out);
    return out;
  }
  out.add(path);
  return out;
}

describe("the field catalog", () => {
  const patterns = FIELD_CATALOG.map((e) => e.path);

  it("has an entry for every leaf of the reference fixture", () => {
    const missing = [...jsonLeaves(FIXTURE_JSON)].filter((p) => !patterns.includes(p as never));
    expect(missing).toEqual([]);
  });

  it("has exactly the fields of the package schema, each once", () => {
    expect(new Set(patterns).size).toBe(patterns.length);
    expect([...patterns].sort()).toEqual([...schemaLeaves(ZPackage)].sort());
  });

  it("names every field in Chinese and puts it in an editor part", () => {
    const slugs = PARTS.map((p) => p.slug as string);
    for (const e of FIELD_CATALOG) {
      expect(e.label, e.path).toMatch(/[\u4e00-\u9fff]/);
      expect(e.column, e.path).toMatch(/[\u4e00-\u9fff]/);
      expect(slugs, e.path).toContain(e.part);
    }
  });

  it("knows kinds and tables as the nine tables have them", () => {
    expect(fieldEntry("income[].fiscal")).toMatchObject({ kind: "amount", table: "公开02", part: "income", label: "财政拨款收入" });
    expect(fieldEntry("income[].code")).toMatchObject({ kind: "code", table: "公开02" });
    expect(fieldEntry("threePublic.outboundGroups")).toMatchObject({ kind: "count", table: null, part: "three-public" });
    expect(fieldEntry("generalBudgetExpenditure[].varianceReason")).toMatchObject({ kind: "text", optional: true });
    expect(fieldEntry("fiscal.openingCarryover.stateCapital")).toMatchObject({
      table: "公开04",
      label: "年初财政拨款结转和结余：国有资本经营预算财政拨款",
      column: "国有资本经营预算财政拨款",
    });
  });

  it("lists the fields under a prefix in catalog order", () => {
    expect(fieldsUnder("stateCapital[]").map((e) => e.path)).toEqual(["stateCapital[].code", "stateCapital[].basic", "stateCapital[].project"]);
    expect(fieldsUnder("stateCapital[]", ["amount"]).map((e) => e.column)).toEqual(["基本支出", "项目支出"]);
    expect(fieldsUnder("fiscal").length).toBe(0);
    expect(fieldsUnder("fiscal.income").map((e) => e.column)).toEqual(["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]);
  });
});
