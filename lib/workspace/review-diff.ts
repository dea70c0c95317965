/**
 * The review's "changes since the previous submission", field by field. An adapter: it gives the
 * review page the shape of the field catalog's diffPackages (lib/disclosure/fields) so that the
 * page does not change when the catalog replaces the generic walk below. Pure.
 */
import type { TPackage } from "@/lib/disclosure/package";

export interface TReviewChange {
  /** Package path of the field, e.g. "income[0].fiscal". */
  path: string;
  label: string;
  kind: "amount" | "text" | "code" | "count";
  /** As stored: amounts in 元 as decimal strings; null when the field was absent. */
  before: string | null;
  after: string | null;
}

const AMOUNT = /^-?\d+\.\d{2}$/;

function leaves(value: unknown, path: string, out: Map<string, string>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (typeof value === "object") for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  else out.set(path, String(value));
}

function kindOf(path: string, sample: string): TReviewChange["kind"] {
  if (path.endsWith(".code")) return "code";
  if (AMOUNT.test(sample)) return "amount";
  if (/^-?\d+$/.test(sample)) return "count";
  return "text";
}

/** Every field whose value differs, in the package's own order. */
export function reviewChanges(before: TPackage, after: TPackage): TReviewChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  leaves(before, "", a);
  leaves(after, "", b);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths
    .filter((p) => a.get(p) !== b.get(p))
    .map((p) => {
      const was = a.get(p) ?? null;
      const now = b.get(p) ?? null;
      return { path: p, label: p, kind: kindOf(p, now ?? was ?? ""), before: was, after: now };
    });
}

/** The Chinese name of a field for remarks and the diff (the catalog's fieldLabel once merged). */
export function reviewFieldLabel(path: string): string {
  return path;
}

/** Every field the package holds, for the reviewer's field picker (the catalog's entries once merged). */
export function packageFields(pkg: TPackage): { path: string; label: string }[] {
  const out = new Map<string, string>();
  leaves(pkg, "", out);
  return [...out.keys()].filter((p) => !/^(format|source|amountUnit|year|unit)\b/.test(p)).map((path) => ({ path, label: reviewFieldLabel(path) }));
}
