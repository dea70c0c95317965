/**
 * The exact totals every consumer needs (tables, checks, key figures, the narrative), computed
 * once from a package. Everything is bigint 分; nothing here rounds. Consumers format at the edge.
 *
 * Amounts are read with parseYuan, which throws on malformed text: a package that reached this
 * point has passed ZPackage, whose ZAmount guarantees the form.
 */
import type { TPackage, TThreePublicAmounts } from "./package";
import { parseYuan, sum, type Fen } from "./money";

export interface IncomeBySource {
  fiscal: Fen; // 财政拨款收入 (three funds together, as 公开02 shows it)
  superiorSubsidy: Fen; // 上级补助收入
  business: Fen; // 事业收入
  operating: Fen; // 经营收入
  subsidiaryRemittance: Fen; // 附属单位上缴收入
  other: Fen; // 其他收入
}

export interface ExpenditureByKind {
  basic: Fen; // 基本支出
  project: Fen; // 项目支出
  remittedToSuperior: Fen; // 上缴上级支出
  operating: Fen; // 经营支出
  subsidiaryGrants: Fen; // 对附属单位补助支出
}

export interface FundTotals {
  generalBudget: Fen; // 一般公共预算财政拨款
  governmentFund: Fen; // 政府性基金预算财政拨款
  stateCapital: Fen; // 国有资本经营预算财政拨款
  total: Fen;
}

export interface ThreePublicTotals {
  outbound: Fen; // 因公出国（境）费
  vehiclePurchase: Fen; // 公务用车购置费
  vehicleOperation: Fen; // 公务用车运行费
  vehicle: Fen; // 公务用车购置及运行费 小计
  reception: Fen; // 公务接待费
  total: Fen; // 合计
}

export interface PackageTotals {
  income: IncomeBySource;
  incomeTotal: Fen; // 本年收入合计
  expenditure: ExpenditureByKind;
  expenditureTotal: Fen; // 本年支出合计
  nonFiscalBalanceUsed: Fen; // 使用非财政拨款结余
  openingCarryover: Fen; // 年初结转和结余
  surplusDistribution: Fen; // 结余分配
  closingCarryover: Fen; // 年末结转和结余
  /** 公开01 收入侧总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余. */
  grandTotal: Fen;
  /** 公开01 支出侧总计 = 本年支出合计 + 结余分配 + 年末结转和结余 (equals grandTotal when R3 holds). */
  expenditureGrandTotal: Fen;
  fiscal: {
    income: FundTotals;
    openingCarryover: FundTotals;
    closingCarryover: FundTotals;
  };
  /** 财政拨款收支总计 (公开04) = fiscal income + fiscal opening carryover, three funds together. */
  fiscalGrandTotal: Fen;
  /** 公开05. `total` = basic + project (the actual spending); `budget` = Σ 年初预算. */
  generalBudget: { budget: Fen; basic: Fen; project: Fen; total: Fen };
  /** 公开06. */
  basicExpenditure: { personnel: Fen; public: Fen; total: Fen };
  /** 公开07. */
  threePublic: { budget: ThreePublicTotals; actual: ThreePublicTotals };
  /** 公开08 column totals; `expenditure` = basic + project (本年支出 小计). */
  governmentFund: { openingCarryover: Fen; income: Fen; basic: Fen; project: Fen; expenditure: Fen; closingCarryover: Fen };
  /** 公开09 column totals. */
  stateCapital: { basic: Fen; project: Fen; total: Fen };
  /** 机关运行经费 (otherMatters.operatingCosts.actual). */
  operatingCosts: Fen;
}

/** Σ of one amount field over rows. */
function column<T>(rows: readonly T[], pick: (row: T) => string): Fen {
  return sum(rows.map((row) => parseYuan(pick(row))));
}

function fundTotals(split: { generalBudget: string; governmentFund: string; stateCapital: string }): FundTotals {
  const generalBudget = parseYuan(split.generalBudget);
  const governmentFund = parseYuan(split.governmentFund);
  const stateCapital = parseYuan(split.stateCapital);
  return { generalBudget, governmentFund, stateCapital, total: generalBudget + governmentFund + stateCapital };
}

export function threePublicTotals(amounts: TThreePublicAmounts): ThreePublicTotals {
  const outbound = parseYuan(amounts.outbound);
  const vehiclePurchase = parseYuan(amounts.vehiclePurchase);
  const vehicleOperation = parseYuan(amounts.vehicleOperation);
  const reception = parseYuan(amounts.reception);
  const vehicle = vehiclePurchase + vehicleOperation;
  return { outbound, vehiclePurchase, vehicleOperation, vehicle, reception, total: outbound + vehicle + reception };
}

export function computeTotals(pkg: TPackage): PackageTotals {
  const income: IncomeBySource = {
    fiscal: column(pkg.income, (r) => r.fiscal),
    superiorSubsidy: column(pkg.income, (r) => r.superiorSubsidy),
    business: column(pkg.income, (r) => r.business),
    operating: column(pkg.income, (r) => r.operating),
    subsidiaryRemittance: column(pkg.income, (r) => r.subsidiaryRemittance),
    other: column(pkg.income, (r) => r.other),
  };
  const incomeTotal = sum(Object.values(income));

  const expenditure: ExpenditureByKind = {
    basic: column(pkg.expenditure, (r) => r.basic),
    project: column(pkg.expenditure, (r) => r.project),
    remittedToSuperior: column(pkg.expenditure, (r) => r.remittedToSuperior),
    operating: column(pkg.expenditure, (r) => r.operating),
    subsidiaryGrants: column(pkg.expenditure, (r) => r.subsidiaryGrants),
  };
  const expenditureTotal = sum(Object.values(expenditure));

  const nonFiscalBalanceUsed = parseYuan(pkg.balances.nonFiscalBalanceUsed);
  const openingCarryover = parseYuan(pkg.balances.openingCarryover);
  const surplusDistribution = parseYuan(pkg.balances.surplusDistribution);
  const closingCarryover = parseYuan(pkg.balances.closingCarryover);

  const fiscal = {
    income: fundTotals(pkg.fiscal.income),
    openingCarryover: fundTotals(pkg.fiscal.openingCarryover),
    closingCarryover: fundTotals(pkg.fiscal.closingCarryover),
  };

  const gbBasic = column(pkg.generalBudgetExpenditure, (r) => r.basic);
  const gbProject = column(pkg.generalBudgetExpenditure, (r) => r.project);

  const personnel = column(pkg.basicExpenditure.personnel, (r) => r.amount);
  const publicCosts = column(pkg.basicExpenditure.public, (r) => r.amount);

  const gfBasic = column(pkg.governmentFund, (r) => r.basic);
  const gfProject = column(pkg.governmentFund, (r) => r.project);
  const scBasic = column(pkg.stateCapital, (r) => r.basic);
  const scProject = column(pkg.stateCapital, (r) => r.project);

  return {
    income,
    incomeTotal,
    expenditure,
    expenditureTotal,
    nonFiscalBalanceUsed,
    openingCarryover,
    surplusDistribution,
    closingCarryover,
    grandTotal: incomeTotal + nonFiscalBalanceUsed + openingCarryover,
    expenditureGrandTotal: expenditureTotal + surplusDistribution + closingCarryover,
    fiscal,
    fiscalGrandTotal: fiscal.income.total + fiscal.openingCarryover.total,
    generalBudget: {
      budget: column(pkg.generalBudgetExpenditure, (r) => r.budget),
      basic: gbBasic,
      project: gbProject,
      total: gbBasic + gbProject,
    },
    basicExpenditure: { personnel, public: publicCosts, total: personnel + publicCosts },
    threePublic: {
      budget: threePublicTotals(pkg.threePublic.budget),
      actual: threePublicTotals(pkg.threePublic.actual),
    },
    governmentFund: {
      openingCarryover: column(pkg.governmentFund, (r) => r.openingCarryover),
      income: column(pkg.governmentFund, (r) => r.income),
      basic: gfBasic,
      project: gfProject,
      expenditure: gfBasic + gfProject,
      closingCarryover: column(pkg.governmentFund, (r) => r.closingCarryover),
    },
    stateCapital: { basic: scBasic, project: scProject, total: scBasic + scProject },
    operatingCosts: parseYuan(pkg.otherMatters.operatingCosts.actual),
  };
}

/** Last year's headline figures, exact 分, whichever source they came from. */
export interface PriorFigures {
  grandTotal: Fen;
  fiscalGrandTotal: Fen;
  generalBudgetExpenditure: Fen;
  threePublicActual: { outbound: Fen; vehiclePurchase: Fen; vehicleOperation: Fen; reception: Fen };
  operatingCosts: Fen;
  /** Where they came from: the previous year's own package, or this package's priorYear block. */
  source: "package" | "priorYear";
}

/**
 * Last year's figures: from the previous year's published package when given (DISCLOSURE.md:
 * then the priorYear block is ignored), else from `pkg.priorYear`, else null (no comparison).
 */
export function priorFigures(pkg: TPackage, previous?: TPackage | null): PriorFigures | null {
  if (previous) {
    const t = computeTotals(previous);
    const a = t.threePublic.actual;
    return {
      grandTotal: t.grandTotal,
      fiscalGrandTotal: t.fiscalGrandTotal,
      generalBudgetExpenditure: t.generalBudget.total,
      threePublicActual: {
        outbound: a.outbound,
        vehiclePurchase: a.vehiclePurchase,
        vehicleOperation: a.vehicleOperation,
        reception: a.reception,
      },
      operatingCosts: t.operatingCosts,
      source: "package",
    };
  }
  const p = pkg.priorYear;
  if (!p) return null;
  return {
    grandTotal: parseYuan(p.grandTotal),
    fiscalGrandTotal: parseYuan(p.fiscalGrandTotal),
    generalBudgetExpenditure: parseYuan(p.generalBudgetExpenditure),
    threePublicActual: {
      outbound: parseYuan(p.threePublicActual.outbound),
      vehiclePurchase: parseYuan(p.threePublicActual.vehiclePurchase),
      vehicleOperation: parseYuan(p.threePublicActual.vehicleOperation),
      reception: parseYuan(p.threePublicActual.reception),
    },
    operatingCosts: parseYuan(p.operatingCosts),
    source: "priorYear",
  };
}
