/**
 * 勾稽关系: the blocking rules R1–R9 and the warnings W1–W4 of DISCLOSURE.md, in that order.
 * Pure and total: on any schema-valid package it returns results, it never throws.
 */
import { codeSetForYear, type CodeSet } from "../codes";
import { computeTotals, priorFigures, type PackageTotals, type PriorFigures } from "../figures";
import type { CheckResult } from "../model";
import type { TPackage } from "../package";
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
  checkOperatingVsPublic,
  checkLargeChanges,
  checkBudgetWithoutSpending,
  checkVehiclePurchase,
];

export function runChecks(pkg: TPackage, options: CheckOptions = {}): CheckResult[] {
  const ctx: CheckContext = {
    pkg,
    codes: options.codes === undefined ? codeSetForYear(pkg.year) : options.codes,
    totals: options.totals ?? computeTotals(pkg),
    prior: options.prior === undefined ? priorFigures(pkg) : options.prior,
  };
  return RULES.flatMap((rule) => rule(ctx));
}

/** True when nothing blocks submission. */
export function hasBlockingErrors(results: readonly CheckResult[]): boolean {
  return results.some((r) => r.severity === "error");
}

export { numericFields } from "./fields";
export { TABLE_TITLES } from "./labels";
export { amountsText } from "./format";
