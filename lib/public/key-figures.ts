/**
 * The headline figures shown over the years, in comparisons and in the year-on-year chart: one
 * list so that the unit page, /compare and the charts use the same five, in the same order.
 */
import type { PriorFigures } from "@/lib/disclosure/figures";
import type { KeyFigures } from "@/lib/disclosure/model";
import { sum, type Fen } from "@/lib/disclosure/money";

/** The figures of KeyFigures that the public pages line up, with the names the report uses. */
export type FigureKey = keyof Pick<
  KeyFigures,
  | "grandTotal" | "incomeTotal" | "expenditureTotal" | "fiscalGrandTotal" | "generalBudgetExpenditure" | "basicExpenditure"
  | "projectExpenditure" | "personnelCosts" | "publicCosts" | "threePublicBudget" | "threePublicActual" | "operatingCosts"
>;

/** In the report's order: /compare lines them up in this order. */
const FIGURE_LABELS: Record<FigureKey, string> = {
  grandTotal: "收支总计",
  incomeTotal: "本年收入合计",
  expenditureTotal: "本年支出合计",
  basicExpenditure: "基本支出",
  projectExpenditure: "项目支出",
  fiscalGrandTotal: "财政拨款收支总计",
  generalBudgetExpenditure: "一般公共预算财政拨款支出",
  personnelCosts: "人员经费",
  publicCosts: "公用经费",
  threePublicBudget: "“三公”经费预算",
  threePublicActual: "“三公”经费支出",
  operatingCosts: "机关运行经费",
};

const labelled = <K extends FigureKey>(key: K) => ({ key, label: FIGURE_LABELS[key] });

export interface HeadlineFigure {
  key: "grandTotal" | "fiscalGrandTotal" | "generalBudgetExpenditure" | "threePublicActual" | "operatingCosts";
  label: string;
}

export const HEADLINE_FIGURES: readonly HeadlineFigure[] = (
  ["grandTotal", "fiscalGrandTotal", "generalBudgetExpenditure", "threePublicActual", "operatingCosts"] as const
).map(labelled);

export function headlineValue(figures: KeyFigures, key: HeadlineFigure["key"]): Fen {
  return figures[key];
}

/** The same five figures of last year, as the core reports them (its four 三公 items summed). */
export function priorHeadlineValue(prior: PriorFigures, key: HeadlineFigure["key"]): Fen {
  if (key === "threePublicActual") return sum(Object.values(prior.threePublicActual));
  return prior[key];
}

export interface CompareFigure {
  key: FigureKey;
  label: string;
}

/** The figures /compare lines up, in the report's order. */
export const COMPARE_FIGURES: readonly CompareFigure[] = (Object.keys(FIGURE_LABELS) as FigureKey[]).map(labelled);
