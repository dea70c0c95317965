/**
 * The field catalog's types, derived from the package schema so that a renamed or removed
 * package field is a type error in the catalog (see catalog.ts).
 */
import type { TPackage } from "../package";
import type { TPartSlug } from "./parts";

/**
 * Every leaf of a type as a path pattern: objects join keys with ".", arrays add "[]".
 * `Paths<TPackage>` is "unit.code" | "income[].fiscal" | "overview.duties[]" | …
 */
type Paths<T, P extends string> = T extends string | number | boolean
  ? P
  : T extends readonly (infer E)[]
    ? Paths<E, `${P}[]`>
    : T extends object
      ? { [K in keyof T & string]-?: Paths<NonNullable<T[K]>, P extends "" ? K : `${P}.${K}`> }[keyof T & string]
      : never;

/** A field of the package, rows written as "[]": `income[].fiscal`, `fiscal.income.generalBudget`. */
export type TFieldPattern = Paths<TPackage, "">;

/** The lists whose rows carry a classification code: `income`, `basicExpenditure.personnel`, … */
export type TCodedList = TFieldPattern extends infer P ? (P extends `${infer L}[].code` ? L : never) : never;

export type TFieldKind = "amount" | "text" | "code" | "count";

export type TTableId = "公开01" | "公开02" | "公开03" | "公开04" | "公开05" | "公开06" | "公开07" | "公开08" | "公开09";

export interface TFieldEntry {
  path: TFieldPattern;
  /** Standalone Chinese name, e.g. "本年收入：一般公共预算财政拨款" (XLSX 项目, review diff, comments). */
  label: string;
  /** Under its group heading or as a column header, e.g. "一般公共预算财政拨款". */
  column: string;
  /** amount: decimal string in 元; count: integer; code: an identifier; text: free text. */
  kind: TFieldKind;
  part: TPartSlug;
  table: TTableId | null;
  /** The key may be absent (an optional text: absent means 无…说明). */
  optional: boolean;
}
