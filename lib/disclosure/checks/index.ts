/**
 * 勾稽关系: the blocking rules R1–R10 and the warnings W1–W6 of DISCLOSURE.md, in that order.
 * Pure and total: on any schema-valid package it returns results, it never throws.
 */
import { codeSetForYear, type CodeSet } from "../codes";
import { computeTotals, priorFigures, type PackageTotals, type PriorFigures } from "../figures";
import type { CheckResult } from "../model";
import type { TPackage } from "../package";
import { checkCarriedOver, checkNotEmpty, checkStaleYears } from "./completeness";
import { checkBalance01, checkFiscalIncome, checkFunds } from "./balances";
import type { CheckContext } from "./context";
import { checkSigns } from "./r1-signs";
import { checkCodes } from "./r2-codes";
import { checkFiscalWithinTotal } from "./r6-fiscal-within";
import { checkBasicBreakdown, checkProcurement } from "./r7-r8";
import { checkReasons } from "./r9-reasons";
import { checkLargeChanges } from "./w2-changes";
import { checkBudgetWithoutSpending, checkOperatingVsPublic, checkVehiclePurchase } from "./warnings";

export interface CheckOptions {
  /** The year's code set; default: the built-in set for the package's year. */
  codes?: CodeSet | null;
  /** Last year's figures; default: from the package's priorYear block. null: no comparison. */
  prior?: PriorFigures | null;
  /** Already computed totals, to save the work. */
  totals?: PackageTotals;
  /** Last year's published package: texts still as carried over from it are marked (W5). */
  previous?: TPackage | null;
  /**
   * Paths the platform writes rather than the package's author (a department package's
   * DEPARTMENT_GENERATED_FIELDS, ../consolidate): W5 never marks them, as nobody could edit them.
   */
  generated?: readonly string[];
}

const RULES: ((ctx: CheckContext) => CheckResult[])[] = [
  checkSigns,
  checkCodes,
  checkBalance01,
  checkFiscalIncome,
  checkFunds,
  checkFiscalWithinTotal,
  checkBasicBreakdown,
  checkProcurement,
  checkReasons,
  checkNotEmpty,
  checkOperatingVsPublic,
  checkLargeChanges,
  checkBudgetWithoutSpending,
  checkVehiclePurchase,
  checkStaleYears,
];

export function runChecks(pkg: TPackage, options: CheckOptions = {}): CheckResult[] {
  const ctx: CheckContext = {
    pkg,
    codes: options.codes === undefined ? codeSetForYear(pkg.year) : options.codes,
    totals: options.totals ?? computeTotals(pkg),
    prior: options.prior === undefined ? priorFigures(pkg) : options.prior,
  };
  return [...RULES.flatMap((rule) => rule(ctx)), ...checkCarriedOver(pkg, options.previous, options.generated)];
}

/** True when nothing blocks submission. */
export function hasBlockingErrors(results: readonly CheckResult[]): boolean {
  return results.some((r) => r.severity === "error");
}

export { numericFields } from "./fields";
export { TABLE_TITLES } from "./labels";
export { amountsText } from "./format";
export { budgetVariance } from "./r9-reasons";
export { CARRIED_MARK, staleYearMention } from "./completeness";
