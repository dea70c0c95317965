/**
 * Field-by-field differences between two versions of a package, for the reviewer: what changed
 * since the previous submission. Coded rows are matched by code, so reordering rows changes
 * nothing and a row added or removed shows each of its non-zero fields. Pure.
 */
import { tryParseYuan, type Fen } from "../money";
import type { TPackage } from "../package";
import type { TPartSlug } from "./parts";
import { fieldLabel } from "./label";
import type { TFieldKind, TTableId } from "./types";
import { compareFieldOrder, packageFields, type TPackageField } from "./walk";

export interface TFieldChange {
  /** Coded rows by code: `income[code=2013101].fiscal`; other lists by index: `overview.duties[2]`. */
  path: string;
  /** From the catalog, e.g. "公开02 收入决算表 2013101 财政拨款收入" (see fieldLabel). */
  label: string;
  part: TPartSlug;
  table: TTableId | null;
  kind: TFieldKind;
  /** As in the package (amounts in 元, counts as digits); null when the field is absent on that side. */
  before: string | null;
  after: string | null;
  /** Amounts only: after − before in 分 (an absent side counts as zero). */
  deltaFen?: Fen;
}

type Value = TPackageField["value"];

const text = (value: Value): string | null => (value === undefined || value === null ? null : String(value));

/** Empty means: a zero amount or count, an empty text, an absent key. */
function isEmpty(field: TPackageField): boolean {
  const v = field.value;
  if (v === undefined || v === null || v === "") return true;
  if (field.entry.kind === "amount") return tryParseYuan(String(v)) === 0n;
  return field.entry.kind === "count" && v === 0;
}

function same(a: TPackageField, b: TPackageField): boolean {
  if (a.entry.kind === "amount") {
    const x = tryParseYuan(String(a.value ?? "0"));
    const y = tryParseYuan(String(b.value ?? "0"));
    if (x !== null && y !== null) return x === y;
  }
  return text(a.value) === text(b.value) || (isEmpty(a) && isEmpty(b) && a.entry.kind === "text");
}

const fen = (value: string | null): Fen => (value === null ? 0n : (tryParseYuan(value) ?? 0n));

/** The changed fields, in catalog order; [] when nothing changed. The row code itself is the match key, never a change. */
export function diffPackages(before: TPackage, after: TPackage): TFieldChange[] {
  const old = new Map(packageFields(before, "code").map((f) => [f.path, f]));
  const now = new Map(packageFields(after, "code").map((f) => [f.path, f]));
  const changed: TPackageField[] = [];
  for (const [path, field] of now) {
    const was = old.get(path);
    if (was ? !same(was, field) : !isEmpty(field)) changed.push(field);
  }
  for (const [path, field] of old) if (!now.has(path) && !isEmpty(field)) changed.push(field);
  return changed
    .filter((f) => !(f.code !== null && f.path.endsWith(".code")))
    .sort((a, b) => compareFieldOrder(a.order, b.order))
    .map((f) => {
      const b = text(old.get(f.path)?.value);
      const a = text(now.get(f.path)?.value);
      const change: TFieldChange = {
        path: f.path,
        label: fieldLabel(f.path),
        part: f.entry.part,
        table: f.entry.table,
        kind: f.entry.kind,
        before: b,
        after: a,
      };
      if (f.entry.kind === "amount") change.deltaFen = fen(a) - fen(b);
      return change;
    });
}
