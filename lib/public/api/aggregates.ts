/**
 * The aggregates the API answers from line items (lib/server/reports/package-rows.ts): which
 * package blocks and columns each measure sums, and which groupings each allows. Pure data, shared
 * by the query schema, the SQL and the OpenAPI document.
 */
import type { LineItemSection } from "@/lib/server/reports/package-rows";

export interface MeasureDefinition {
  label: string;
  sections: readonly LineItemSection[];
  /** Columns summed; all others of the sections are left out (e.g. 年初预算 of 公开05). */
  fields: readonly string[];
  /** The classification its codes belong to, if any: decides which class grouping is allowed. */
  classification: "function" | "economic" | null;
  /**
   * A second figure answered beside the first, for measures whose table prints both (公开07:
   * 预算数 next to 决算数): summed the same way, returned as `budget`. `amountLabel` and
   * `budgetLabel` name the two columns.
   */
  budget?: { sections: readonly LineItemSection[]; fields: readonly string[]; amountLabel: string; budgetLabel: string };
}

const THREE_PUBLIC = ["outbound", "vehiclePurchase", "vehicleOperation", "reception"];

export const MEASURES = {
  expenditure: {
    label: "本年支出合计（公开03）",
    sections: ["expenditure"],
    fields: ["basic", "project", "remittedToSuperior", "operating", "subsidiaryGrants"],
    classification: "function",
  },
  income: {
    label: "本年收入合计（公开02）",
    sections: ["income"],
    fields: ["fiscal", "superiorSubsidy", "business", "operating", "subsidiaryRemittance", "other"],
    classification: "function",
  },
  general_budget_expenditure: {
    label: "一般公共预算财政拨款支出（公开05，决算数）",
    sections: ["generalBudgetExpenditure"],
    fields: ["basic", "project"],
    classification: "function",
  },
  three_public: {
    label: "“三公”经费支出决算数与预算数（公开07）",
    sections: ["threePublicActual"],
    fields: THREE_PUBLIC,
    classification: null,
    budget: { sections: ["threePublicBudget"], fields: THREE_PUBLIC, amountLabel: "决算数", budgetLabel: "预算数" },
  },
  basic_expenditure: {
    label: "一般公共预算财政拨款基本支出（公开06）",
    sections: ["basicPersonnel", "basicPublic"],
    fields: ["amount"],
    classification: "economic",
  },
} as const satisfies Record<string, MeasureDefinition>;

export type Measure = keyof typeof MEASURES;

/** One figure of an aggregate: 元 as decimal text with two places, and the published reports it covers. */
export interface AggregateFigure {
  amount: string;
  reports: number;
}
export const MEASURE_KEYS = Object.keys(MEASURES) as Measure[];

export const GROUP_BYS = {
  unit: "单位",
  region: "地区",
  function_class: "支出功能分类（类）",
  economic_class: "支出经济分类（类）",
} as const;
export type GroupBy = keyof typeof GROUP_BYS;
export const GROUP_BY_KEYS = Object.keys(GROUP_BYS) as GroupBy[];

/** Whether a measure can be grouped that way: a class grouping needs codes of that classification. */
export function groupingAllowed(measure: Measure, groupBy: GroupBy): boolean {
  if (groupBy === "function_class") return MEASURES[measure].classification === "function";
  if (groupBy === "economic_class") return MEASURES[measure].classification === "economic";
  return true;
}

export const AGGREGATE_ORDERS = ["amount_desc", "amount_asc", "key"] as const;
export type AggregateOrder = (typeof AGGREGATE_ORDERS)[number];

/** A measure's definition as the common shape (the `as const` table types each entry apart). */
export function measureDefinition(measure: Measure): MeasureDefinition {
  return MEASURES[measure];
}
