/**
 * The top-level sections of a package that differ between two versions, for the audit log's
 * before/after: what changed, without storing two whole packages per save. Pure.
 */
import type { TPackage } from "@/lib/disclosure/package";

type Sections = Partial<Record<keyof TPackage, unknown>>;

export function packageDiff(before: TPackage, after: TPackage): { before: Sections; after: Sections } {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof TPackage)[]);
  const diff = { before: {} as Sections, after: {} as Sections };
  for (const key of keys) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    diff.before[key] = before[key] ?? null;
    diff.after[key] = after[key] ?? null;
  }
  return diff;
}
