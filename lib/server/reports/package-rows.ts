/**
 * Disclosure package → line items: every amount of a package as one row, so the database
 * can answer questions across units and years with plain SQL (see
 * docs/decisions/001-package-json-plus-line-items.md). The package stays the source of
 * truth; these rows are derived and rewritten on every save.
 *
 * Pure: no database, no rounding. Amounts are copied verbatim (decimal strings in 元), zero
 * amounts included, so the rows are complete. Counts and texts are not amounts and stay
 * only in the package.
 */
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

// The amount columns of each coded block. `satisfies` makes a renamed package field a type error.
const INCOME = ["fiscal", "superiorSubsidy", "business", "operating", "subsidiaryRemittance", "other"] as const satisfies readonly (keyof TPackage["income"][number])[];
const EXPENDITURE = ["basic", "project", "remittedToSuperior", "operating", "subsidiaryGrants"] as const satisfies readonly (keyof TPackage["expenditure"][number])[];
const GENERAL_BUDGET = ["budget", "basic", "project"] as const satisfies readonly (keyof TPackage["generalBudgetExpenditure"][number])[];
const GOVERNMENT_FUND = ["openingCarryover", "income", "basic", "project", "closingCarryover"] as const satisfies readonly (keyof TPackage["governmentFund"][number])[];
const STATE_CAPITAL = ["basic", "project"] as const satisfies readonly (keyof TPackage["stateCapital"][number])[];
const THREE_PUBLIC = ["outbound", "vehiclePurchase", "vehicleOperation", "reception"] as const satisfies readonly (keyof TPackage["threePublic"]["actual"])[];
// Dotted paths are not type-checked; package-rows.test.ts catches a missed or renamed amount.
const FUND_FIELDS = (["income", "openingCarryover", "closingCarryover"] as const).flatMap((part) =>
  (["generalBudget", "governmentFund", "stateCapital"] as const).map((fund) => `${part}.${fund}`),
);

export function packageToLineItems(pkg: TPackage): LineItemRow[] {
  const rows: LineItemRow[] = [];
  const push = (section: LineItemSection, code: string | null, field: string, amount: string) => {
    if (!AMOUNT.test(amount)) {
      throw new Error(`packageToLineItems: ${section}${code ? `[${code}]` : ""}.${field} = ${JSON.stringify(amount)} is not an amount; parse the package with ZPackage first`);
    }
    rows.push({ section, code, field, amount });
  };
  const coded = <R extends { code: string }>(section: LineItemSection, items: readonly R[], fields: readonly (keyof R & string)[]) => {
    for (const item of items) for (const field of fields) push(section, item.code, field, item[field] as string);
  };
  /** Uncoded blocks: every string leaf whose key is listed (dotted for nesting). */
  const flat = (section: LineItemSection, block: object, fields: readonly string[]) => {
    for (const field of fields) {
      const value = field.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], block);
      if (typeof value === "string") push(section, null, field, value);
    }
  };

  coded("income", pkg.income, INCOME);
  coded("expenditure", pkg.expenditure, EXPENDITURE);
  flat("balances", pkg.balances, ["nonFiscalBalanceUsed", "openingCarryover", "surplusDistribution", "closingCarryover"]);
  flat("fiscal", pkg.fiscal, FUND_FIELDS);
  coded("generalBudgetExpenditure", pkg.generalBudgetExpenditure, GENERAL_BUDGET);
  coded("basicPersonnel", pkg.basicExpenditure.personnel, ["amount"]);
  coded("basicPublic", pkg.basicExpenditure.public, ["amount"]);
  flat("threePublicBudget", pkg.threePublic.budget, THREE_PUBLIC);
  flat("threePublicActual", pkg.threePublic.actual, THREE_PUBLIC);
  coded("governmentFund", pkg.governmentFund, GOVERNMENT_FUND);
  coded("stateCapital", pkg.stateCapital, STATE_CAPITAL);
  if (pkg.priorYear) {
    flat("priorYear", pkg.priorYear, [
      "grandTotal",
      "fiscalGrandTotal",
      "generalBudgetExpenditure",
      ...THREE_PUBLIC.map((f) => `threePublicActual.${f}`),
      "operatingCosts",
    ]);
  }
  flat("otherMatters", pkg.otherMatters, [
    "operatingCosts.actual",
    "operatingCosts.budget",
    "meetingCosts",
    "trainingCosts",
    "procurement.goods",
    "procurement.works",
    "procurement.services",
    "procurement.smeContracts",
    "procurement.smallMicroContracts",
  ]);
  return rows;
}
