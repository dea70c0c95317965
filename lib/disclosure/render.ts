/**
 * One call from a package to everything published: the nine tables, Part 3, the checks and the
 * key figures. The year's code set and last year's figures are resolved once here and handed to
 * every part, so tables, narrative and checks never disagree about a name or a prior figure.
 */
import { BUILTIN_CODE_SETS, codeSetForYear, functionalName, type CodeSet } from "./codes";
import { runChecks } from "./checks";
import { computeTotals, priorFigures, type PackageTotals } from "./figures";
import type { Fen } from "./money";
import type { KeyFigures, RenderedReport } from "./model";
import { buildNarrative } from "./narrative";
import type { TPackage } from "./package";
import { annotateTables } from "./table-notes";
import { buildTables, UNKNOWN_NAME } from "./tables";
import { yuan } from "./tables/shared";

export interface RenderOptions {
  /** The previous year's package when it is published in the system; overrides `pkg.priorYear`. */
  previous?: TPackage | null;
  /** Code sets to choose from (admin-maintained); default: the built-in ones. */
  codeSets?: readonly CodeSet[];
}

const SOURCES = [
  ["fiscal", "财政拨款收入"],
  ["superiorSubsidy", "上级补助收入"],
  ["business", "事业收入"],
  ["operating", "经营收入"],
  ["subsidiaryRemittance", "附属单位上缴收入"],
  ["other", "其他收入"],
] as const;

const THREE_PUBLIC = [
  ["outbound", "因公出国（境）费"],
  ["vehiclePurchase", "公务用车购置费"],
  ["vehicleOperation", "公务用车运行费"],
  ["reception", "公务接待费"],
] as const;

/** The headline figures; every one is a total already computed for the tables. */
export function keyFigures(pkg: TPackage, totals: PackageTotals, codes: CodeSet | null): KeyFigures {
  const t = totals;
  const byClass = new Map<string, Fen>();
  for (const r of pkg.generalBudgetExpenditure) {
    const cls = r.code.slice(0, 3);
    byClass.set(cls, (byClass.get(cls) ?? 0n) + yuan(r.basic) + yuan(r.project));
  }
  return {
    grandTotal: t.grandTotal,
    incomeTotal: t.incomeTotal,
    expenditureTotal: t.expenditureTotal,
    fiscalIncome: t.fiscal.income.total,
    fiscalGrandTotal: t.fiscalGrandTotal,
    generalBudgetExpenditure: t.generalBudget.total,
    generalBudgetBudget: t.generalBudget.budget,
    basicExpenditure: t.expenditure.basic,
    projectExpenditure: t.expenditure.project,
    personnelCosts: t.basicExpenditure.personnel,
    publicCosts: t.basicExpenditure.public,
    threePublicBudget: t.threePublic.budget.total,
    threePublicActual: t.threePublic.actual.total,
    operatingCosts: t.operatingCosts,
    incomeBySource: SOURCES.map(([key, label]) => ({ key, label, amount: t.income[key] })),
    generalBudgetByClass: [...byClass.keys()].sort().map((code) => ({
      code,
      name: functionalName(codes, code) ?? UNKNOWN_NAME,
      amount: byClass.get(code)!,
    })),
    threePublicItems: THREE_PUBLIC.map(([key, label]) => ({
      key,
      label,
      budget: t.threePublic.budget[key],
      actual: t.threePublic.actual[key],
    })),
  };
}

export function renderReport(pkg: TPackage, opts: RenderOptions = {}): RenderedReport {
  const codes = codeSetForYear(pkg.year, opts.codeSets ?? BUILTIN_CODE_SETS);
  const totals = computeTotals(pkg);
  const prior = priorFigures(pkg, opts.previous ?? null);
  return {
    unit: { code: pkg.unit.code, name: pkg.unit.name, shortName: pkg.unit.shortName },
    year: pkg.year,
    tables: annotateTables(buildTables(pkg, codes, totals), pkg.provenance),
    narrative: buildNarrative(pkg, { codes, prior, totals }),
    checks: runChecks(pkg, { codes, prior, totals, previous: opts.previous ?? null }),
    figures: keyFigures(pkg, totals, codes),
  };
}
