/**
 * The texts a department clerk writes for the department report (部门决算): the package's free
 * texts from the field catalog, except 决算单位构成 (generated from the tree) and the per-row
 * variance reasons (the consolidation keeps the department's own). Pure: the form and the DAL share it.
 */
import { z } from "zod";
import { fieldsUnder } from "@/lib/disclosure/fields";
import type { TPackage } from "@/lib/disclosure/package";

const PREFIXES = ["overview", "reasons", "threePublic.explanations", "otherMatters", "performance"] as const;
const GENERATED = new Set(["overview.composition"]);

export interface DepartmentTextField {
  path: string;
  label: string;
  optional: boolean;
}

/** The single text fields, in catalog order (部门职责, a list, is handled as one line per duty). */
export const DEPARTMENT_TEXT_FIELDS: readonly DepartmentTextField[] = PREFIXES.flatMap((prefix) =>
  fieldsUnder(prefix, ["text"]).filter((e) => !GENERATED.has(e.path)).map((e) => ({ path: e.path, label: e.label, optional: e.optional })),
);

const TEXT = z.string().max(20000, { error: "文字不能超过 20000 字" });

export const ZDepartmentTexts = z.object({
  reportId: z.uuid({ error: "报告编号无效" }),
  version: z.coerce.number().int(),
  "overview.duties": TEXT.default(""),
  ...Object.fromEntries(DEPARTMENT_TEXT_FIELDS.map((f) => [f.path, TEXT.default("")])),
});
export type TDepartmentTexts = z.infer<typeof ZDepartmentTexts>;

function read(pkg: TPackage, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), pkg);
}

/** The form's current values. */
export function departmentTextValues(pkg: TPackage): Record<string, string> {
  const values: Record<string, string> = { "overview.duties": pkg.overview.duties.join("\n") };
  for (const f of DEPARTMENT_TEXT_FIELDS) {
    const v = read(pkg, f.path);
    values[f.path] = typeof v === "string" ? v : "";
  }
  return values;
}

/** `pkg` with the texts of the form; an empty optional text is left out, figures untouched. */
export function applyDepartmentTexts(pkg: TPackage, texts: Record<string, string | undefined>): TPackage {
  const next = structuredClone(pkg);
  next.overview.duties = (texts["overview.duties"] ?? "").split(/\r?\n/).map((d) => d.trim()).filter(Boolean);
  for (const f of DEPARTMENT_TEXT_FIELDS) {
    const value = (texts[f.path] ?? "").trim();
    const keys = f.path.split(".");
    const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((o, k) => (o[k] ??= {}) as Record<string, unknown>, next as unknown as Record<string, unknown>);
    const last = keys[keys.length - 1];
    if (value === "" && f.optional) delete parent[last];
    else parent[last] = value;
  }
  return next;
}
