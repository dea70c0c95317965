/**
 * Disclosure package → line items: every amount of a package as one row, so the database
 * can answer questions across units and years with plain SQL (see
 * docs/decisions/001-package-json-plus-line-items.md). The package stays the source of
 * truth; these rows are derived and rewritten on every save.
 *
 * Pure: no database, no rounding. Amounts are copied verbatim (decimal strings in 元), zero
 * amounts included, so the rows are complete. Counts and texts are not amounts and stay
 * only in the package. Which fields are amounts is the field catalog's to say; the `section` and
 * `field` names stored for them are fixed here (the public API and SQL read them).
 */
import { FIELD_CATALOG } from "../../disclosure/fields/catalog";
import { packageFields } from "../../disclosure/fields/walk";
import type { TPackage } from "../../disclosure/package";

export const LINE_ITEM_SECTIONS = [
  "income",
  "expenditure",
  "balances",
  "fiscal",
  "generalBudgetExpenditure",
  "basicPersonnel",
  "basicPublic",
  "threePublicBudget",
  "threePublicActual",
  "governmentFund",
  "stateCapital",
  "priorYear",
  "otherMatters",
] as const;

export type LineItemSection = (typeof LINE_ITEM_SECTIONS)[number];

export interface LineItemRow {
  section: LineItemSection;
  /** Functional or economic code for coded blocks; null for the others. */
  code: string | null;
  /** Column key; nested keys are dotted, e.g. "income.generalBudget", "procurement.goods". */
  field: string;
  /** 元, verbatim from the package, e.g. "2189400.00". */
  amount: string;
}

// What fits the column numeric(16,2); ZAmount already guarantees it for parsed packages.
const AMOUNT = /^-?\d{1,14}(\.\d{1,2})?$/;

// Blocks stored under a section name of their own; every other field's section is its first key.
const OWN_SECTIONS: readonly [prefix: string, section: LineItemSection][] = [
  ["basicExpenditure.personnel[]", "basicPersonnel"],
  ["basicExpenditure.public[]", "basicPublic"],
  ["threePublic.budget", "threePublicBudget"],
  ["threePublic.actual", "threePublicActual"],
];

/** `income[].fiscal` → income / fiscal; `fiscal.income.generalBudget` → fiscal / income.generalBudget. */
export function lineItemKey(pattern: string): { section: LineItemSection; field: string } {
  const own = OWN_SECTIONS.find(([prefix]) => pattern.startsWith(`${prefix}.`));
  const [section, field] = own ? [own[1], pattern.slice(own[0].length + 1)] : [pattern.split(".")[0].replace("[]", ""), pattern.split(".").slice(1).join(".")];
  if (!(LINE_ITEM_SECTIONS as readonly string[]).includes(section)) throw new Error(`lineItemKey: no line-item section for ${pattern}`);
  return { section: section as LineItemSection, field };
}

// Every amount of the catalog has its key, computed once (and so checked at load time).
const KEYS = new Map(FIELD_CATALOG.filter((e) => e.kind === "amount").map((e) => [e.path as string, lineItemKey(e.path)]));

export function packageToLineItems(pkg: TPackage): LineItemRow[] {
  const rows: LineItemRow[] = [];
  for (const f of packageFields(pkg)) {
    const key = KEYS.get(f.entry.path);
    if (!key || f.value === undefined) continue;
    if (typeof f.value !== "string" || !AMOUNT.test(f.value)) {
      throw new Error(`packageToLineItems: ${f.path} = ${JSON.stringify(f.value)} is not an amount; parse the package with ZPackage first`);
    }
    rows.push({ section: key.section, code: f.code, field: key.field, amount: f.value });
  }
  return rows;
}
