/**
 * The headline figures shown over the years, in comparisons and in the year-on-year chart: one
 * list so that the unit page, /compare and the charts use the same five, in the same order.
 */
import type { PriorFigures } from "@/lib/disclosure/figures";
import type { KeyFigures } from "@/lib/disclosure/model";
import { sum, type Fen } from "@/lib/disclosure/money";

export interface HeadlineFigure {
  key: "grandTotal" | "fiscalGrandTotal" | "generalBudgetExpenditure" | "threePublicActual" | "operatingCosts";
  label: string;
}

export const HEADLINE_FIGURES: readonly HeadlineFigure[] = [
  { key: "grandTotal", label: "收支总计" },
  { key: "fiscalGrandTotal", label: "财政拨款收支总计" },
  { key: "generalBudgetExpenditure", label: "一般公共预算财政拨款支出" },
  { key: "threePublicActual", label: "“三公”经费支出" },
  { key: "operatingCosts", label: "机关运行经费" },
];

export function headlineValue(figures: KeyFigures, key: HeadlineFigure["key"]): Fen {
  return figures[key];
}

/** The same five figures of last year, as the core reports them (its four 三公 items summed). */
export function priorHeadlineValue(prior: PriorFigures, key: HeadlineFigure["key"]): Fen {
  if (key === "threePublicActual") return sum(Object.values(prior.threePublicActual));
  return prior[key];
}

export interface CompareFigure {
  key: keyof Pick<
    KeyFigures,
    | "grandTotal" | "incomeTotal" | "expenditureTotal" | "fiscalGrandTotal" | "generalBudgetExpenditure" | "basicExpenditure"
    | "projectExpenditure" | "personnelCosts" | "publicCosts" | "threePublicBudget" | "threePublicActual" | "operatingCosts"
  >;
  label: string;
}

/** The figures /compare lines up, in the report's order. */
export const COMPARE_FIGURES: readonly CompareFigure[] = [
  { key: "grandTotal", label: "收支总计" },
  { key: "incomeTotal", label: "本年收入合计" },
  { key: "expenditureTotal", label: "本年支出合计" },
  { key: "basicExpenditure", label: "基本支出" },
  { key: "projectExpenditure", label: "项目支出" },
  { key: "fiscalGrandTotal", label: "财政拨款收支总计" },
  { key: "generalBudgetExpenditure", label: "一般公共预算财政拨款支出" },
  { key: "personnelCosts", label: "人员经费" },
  { key: "publicCosts", label: "公用经费" },
  { key: "threePublicBudget", label: "“三公”经费预算" },
  { key: "threePublicActual", label: "“三公”经费支出" },
  { key: "operatingCosts", label: "机关运行经费" },
];
