/**
 * The review's "changes since the previous submission", field by field, and the names of fields,
 * from the field catalog (lib/disclosure/fields): labels, kinds and parts are the catalog's. Pure.
 */
import { diffPackages, fieldLabel, packageFields as catalogFields, type TFieldChange } from "@/lib/disclosure/fields";
import type { TPackage } from "@/lib/disclosure/package";

export type TReviewChange = Pick<TFieldChange, "path" | "label" | "kind" | "before" | "after">;

/** Every field whose value differs, labelled by the catalog. */
export function reviewChanges(before: TPackage, after: TPackage): TReviewChange[] {
  return diffPackages(before, after);
}

/** The Chinese name of a field for remarks and the diff. */
export function reviewFieldLabel(path: string): string {
  return fieldLabel(path);
}

/** Every field the package holds, for the reviewer's field picker. */
export function packageFields(pkg: TPackage): { path: string; label: string }[] {
  return catalogFields(pkg).map((f) => ({ path: f.path, label: fieldLabel(f.path) }));
}
