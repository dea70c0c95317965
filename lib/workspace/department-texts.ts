/**
 * The texts a department clerk writes for the department report (部门决算): the package's free
 * texts from the field catalog, except 决算单位构成 (generated from the tree), and the variance
 * reason (差异原因) of each consolidated 公开05 line, keyed by its code: the lines are sums over
 * the members, so their reasons are the department's own (the consolidation keeps them by code
 * across rebuilds). Pure: the form, the page and the DAL share it.
 */
import { z } from "zod";
import { amountsText, budgetVariance } from "@/lib/disclosure/checks";
import { present } from "@/lib/disclosure/checks/format";
import { functionalRow } from "@/lib/disclosure/checks/rows";
import type { CodeSet } from "@/lib/disclosure/codes";
import { DEPARTMENT_GENERATED_FIELDS } from "@/lib/disclosure/consolidate/generated-fields";
import { fieldsUnder } from "@/lib/disclosure/fields";
import { fieldAnchorId } from "@/lib/disclosure/fields/paths";
import type { TPackage } from "@/lib/disclosure/package";

// otherMatters.operatingCosts holds the two reasons R9 asks of 机关运行经费 (against the budget, against last year).
const PREFIXES = ["overview", "reasons", "threePublic.explanations", "otherMatters.operatingCosts", "otherMatters", "performance"] as const;

export interface DepartmentTextField {
  path: string;
  label: string;
  optional: boolean;
}

/** The single text fields, in catalog order (部门职责, a list, is handled as one line per duty). */
export const DEPARTMENT_TEXT_FIELDS: readonly DepartmentTextField[] = PREFIXES.flatMap((prefix) =>
  fieldsUnder(prefix, ["text"])
    .filter((e) => !DEPARTMENT_GENERATED_FIELDS.includes(e.path))
    .map((e) => ({ path: e.path, label: e.label, optional: e.optional })),
);

const TEXT = z.string().max(20000, { error: "文字不能超过 20000 字" });

/** The form's name of a 公开05 line's variance reason: `varianceReason.2012901`. */
const VARIANCE_PREFIX = "varianceReason.";
export const varianceReasonName = (code: string) => `${VARIANCE_PREFIX}${code}`;

/** A FormData's flat `varianceReason.<code>` entries, gathered into `varianceReasons` (other callers may send the record). */
function gatherVarianceReasons(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  const reasons: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(VARIANCE_PREFIX)) reasons[key.slice(VARIANCE_PREFIX.length)] = value;
    else out[key] = value;
  }
  if (Object.keys(reasons).length > 0) out.varianceReasons = { ...(out.varianceReasons as object | undefined), ...reasons };
  return out;
}

const ZVarianceReasons = z
  .record(z.string(), z.string({ error: "差异原因须为文字" }).max(20000, { error: "差异原因不能超过 20000 字" }))
  .superRefine((reasons, ctx) => {
    const keys = Object.keys(reasons);
    if (keys.length > 2000) ctx.addIssue({ code: "custom", message: "差异原因不能超过 2000 条" });
    const bad = keys.find((k) => !/^\d{3,12}$/.test(k));
    if (bad !== undefined) ctx.addIssue({ code: "custom", path: [bad], message: "差异原因的科目编码无效" });
  });

export const ZDepartmentTexts = z.preprocess(
  gatherVarianceReasons,
  z.object({
    reportId: z.uuid({ error: "报告编号无效" }),
    version: z.coerce.number({ error: "版本号无效" }).int({ error: "版本号无效" }),
    "overview.duties": TEXT.default(""),
    ...Object.fromEntries(DEPARTMENT_TEXT_FIELDS.map((f) => [f.path, TEXT.default("")])),
    /** 公开05 line code → its variance reason; a line not sent keeps its reason. */
    varianceReasons: ZVarianceReasons.default({}),
  }),
);
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

/**
 * `pkg` with the texts of the form; an empty optional text is left out, figures untouched. A
 * 公开05 line named in `varianceReasons` gets that reason (blank: none); other lines keep theirs.
 */
export function applyDepartmentTexts(pkg: TPackage, texts: Record<string, string | undefined>, varianceReasons: Record<string, string> = {}): TPackage {
  const next = structuredClone(pkg);
  next.overview.duties = (texts["overview.duties"] ?? "")
    .split(/\r?\n/)
    .map((d) => d.trim())
    .filter(Boolean);
  for (const f of DEPARTMENT_TEXT_FIELDS) {
    const value = (texts[f.path] ?? "").trim();
    const keys = f.path.split(".");
    const parent = keys
      .slice(0, -1)
      .reduce<Record<string, unknown>>((o, k) => (o[k] ??= {}) as Record<string, unknown>, next as unknown as Record<string, unknown>);
    const last = keys[keys.length - 1];
    if (value === "" && f.optional) delete parent[last];
    else parent[last] = value;
  }
  for (const row of next.generalBudgetExpenditure) {
    if (!Object.hasOwn(varianceReasons, row.code)) continue;
    const reason = varianceReasons[row.code].trim();
    if (reason) row.varianceReason = reason;
    else delete row.varianceReason;
  }
  return next;
}

/** A consolidated 公开05 line whose variance reason the department form offers. */
export interface DepartmentVarianceRow {
  code: string;
  /** `科目2012901（行政运行）`, as check R9 names it. */
  label: string;
  /** The form field's name (`varianceReason.<code>`) and its input's id, the one R9's path leads to. */
  name: string;
  anchor: string;
  actual: string;
  budget: string;
  reason: string;
  /** Actual (基本+项目) differs from the budget: R9 asks a reason. */
  needed: boolean;
}

/**
 * The consolidated 公开05 lines whose actual differs from the budget (R9 asks their reason), and
 * those that carry a reason anyway (so the clerk can change or clear it), in the package's order.
 */
export function departmentVarianceRows(pkg: TPackage, codes: CodeSet | null): DepartmentVarianceRow[] {
  return pkg.generalBudgetExpenditure.flatMap((r, i) => {
    const { actual, budget, differs: needed } = budgetVariance(r);
    if (!needed && !present(r.varianceReason)) return [];
    const [a, b] = amountsText([actual, budget]);
    return [
      {
        code: r.code,
        label: functionalRow(codes, r.code),
        name: varianceReasonName(r.code),
        anchor: fieldAnchorId(`generalBudgetExpenditure[${i}].varianceReason`),
        actual: a,
        budget: b,
        reason: r.varianceReason ?? "",
        needed,
      },
    ];
  });
}

/** The id of the form input a check's path leads to, or null when the department form has none. */
export function departmentFieldAnchor(path: string | undefined, rows: readonly DepartmentVarianceRow[]): string | null {
  if (!path) return null;
  if (path === "overview.duties" || DEPARTMENT_TEXT_FIELDS.some((f) => f.path === path)) return fieldAnchorId(path);
  const anchor = fieldAnchorId(path);
  return rows.some((r) => r.anchor === anchor) ? anchor : null;
}
