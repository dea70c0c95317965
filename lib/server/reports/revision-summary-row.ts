/**
 * A revision's summary row, from its package: what every list, dashboard, count and the 公开情况
 * board read instead of the package (docs/decisions/004-revision-summaries.md). Pure: the core's
 * checks (as the editor and submit run them) and its key figures, amounts as 元 strings for
 * `Decimal(16,2)`. The bench's bulk loader calls it too, so bench data is summarised the same way.
 */
import type { CodeSet } from "../../disclosure/codes";
import type { CheckResult } from "../../disclosure/model";
import { computeTotals } from "../../disclosure/figures";
import { formatYuan } from "../../disclosure/money";
import type { TPackage } from "../../disclosure/package";
import { keyFigures } from "../../disclosure/render";
import { blockingCount, checkDraft } from "../../workspace/draft-checks";
import type { TReportKind } from "../../rules/department";

/** The key figures a summary keeps, as named in KeyFigures. */
export const SUMMARY_FIGURES = [
  "grandTotal",
  "incomeTotal",
  "expenditureTotal",
  "fiscalGrandTotal",
  "generalBudgetExpenditure",
  "threePublicActual",
  "operatingCosts",
] as const;

export type SummaryFigure = (typeof SUMMARY_FIGURES)[number];

export interface PackageSummary {
  blockingErrors: number;
  warnings: number;
  /** 元 with two decimals, e.g. "2189400.00". */
  figures: Record<SummaryFigure, string>;
}

/**
 * Checks and key figures of `pkg`, the package of a report of `kind`; `previous` is last year's
 * published package of the same unit and kind (its figures replace the package's priorYear block),
 * `codes` the year's code set; `checks`, when given, are checkDraft's results for exactly these
 * (the caller has just run them).
 */
export function summarizePackage(
  pkg: TPackage,
  previous: TPackage | null,
  codes: CodeSet | null,
  kind: TReportKind,
  checks?: readonly CheckResult[],
): PackageSummary {
  const results = checks ?? checkDraft(pkg, previous, codes, kind);
  const blockingErrors = blockingCount(results);
  const key = keyFigures(pkg, computeTotals(pkg), codes);
  const figures = Object.fromEntries(SUMMARY_FIGURES.map((name) => [name, formatYuan(key[name])])) as Record<SummaryFigure, string>;
  return { blockingErrors, warnings: results.length - blockingErrors, figures };
}
