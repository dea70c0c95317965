/**
 * The edges where exact values become text. `toJsonValue` turns every bigint 分 of a rendered
 * report into the package's own decimal 元 text ("2189400.00"), so JSON output stays exact and
 * reads like the input. `serializePackage` writes the canonical package JSON: keys in the schema's
 * order (which is the fixture's), optional fields omitted when absent, every amount and text
 * exactly as entered — so export(import(x)) = x.
 */
import { z } from "zod";
import { formatYuan } from "./money";
import type { RenderedReport } from "./model";
import { ZPackage, type TPackage } from "./package";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Deep copy with bigint → "123.45" (元); undefined object fields are dropped, as JSON does. */
export function toJsonValue(value: unknown): JsonValue {
  if (typeof value === "bigint") return formatYuan(value);
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toJsonValue(v)));
  if (typeof value === "object") {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined && typeof v !== "function") out[k] = toJsonValue(v);
    return out;
  }
  return null;
}

/** The CLI's and public API's shape of a report: narrative as section/title/text. */
export function reportToJson(report: RenderedReport, options: { figures?: boolean } = {}): JsonValue {
  return toJsonValue({
    unit: report.unit,
    year: report.year,
    tables: report.tables,
    narrative: report.narrative.map((s) => ({ section: s.section, title: s.title, text: s.text })),
    checks: report.checks,
    ...(options.figures ? { figures: report.figures } : {}),
  });
}

/** Rebuilds `value` with object keys in the order `schema` declares them. */
function canonical(schema: z.core.$ZodType, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return canonical(schema.unwrap() as z.core.$ZodType, value);
  if (schema instanceof z.ZodArray && Array.isArray(value)) return value.map((v) => canonical(schema.element as z.core.$ZodType, v));
  if (schema instanceof z.ZodObject && typeof value === "object") {
    const out: Record<string, unknown> = {};
    const source = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(schema.shape)) {
      if (source[key] !== undefined) out[key] = canonical(child as z.core.$ZodType, source[key]);
    }
    return out;
  }
  return value;
}

/** The package as canonical JSON text (two-space indent, trailing newline, like the fixture). */
export function serializePackage(pkg: TPackage): string {
  return `${JSON.stringify(canonical(ZPackage, pkg), null, 2)}\n`;
}
