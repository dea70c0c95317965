/**
 * 部门汇总: a department's package, built from the department's own final accounts (单位决算) and
 * its subordinates' approved ones. Figures are summed by classification code and line, per table
 * (bigint 分); internal transfers are eliminated (./eliminate); every text is the department's
 * own (its clerk writes them), except 决算单位构成, which names the member units. Pure.
 * The rule is written down in docs/DISCLOSURE.md, 部门汇总.
 */
import type { CodeSet } from "../codes";
import { formatYuan, parseYuan, type Fen } from "../money";
import type { CheckResult } from "../model";
import type { TPackage } from "../package";
import { findEliminations, type Elimination } from "./eliminate";
import { sumCodedRows, sumCounts, sumFields, toRows } from "./sum-rows";
import type { ConsolidationMember } from "./types";

export interface ConsolidationInput {
  /** The department's own 单位决算 (the parent unit of the tree). */
  parent: ConsolidationMember;
  /** Its subordinates' approved 单位决算, in the order the report lists them. */
  subordinates: readonly ConsolidationMember[];
  /** The department report's texts (overview, reasons, explanations…); default: the parent's package. */
  texts?: TPackage;
  codes?: CodeSet | null;
}

export interface ConsolidationResult {
  package: TPackage;
  eliminations: Elimination[];
  /** Blocking: internal transfers that do not match (D1, D2). */
  errors: CheckResult[];
}

const INCOME_KEYS = ["fiscal", "superiorSubsidy", "business", "operating", "subsidiaryRemittance", "other"] as const;
const EXPENDITURE_KEYS = ["basic", "project", "remittedToSuperior", "operating", "subsidiaryGrants"] as const;
const FUND_KEYS = ["generalBudget", "governmentFund", "stateCapital"] as const;
const THREE_KEYS = ["outbound", "vehiclePurchase", "vehicleOperation", "reception"] as const;

/** 决算单位构成, worded as the reference report words it. */
export function compositionText(department: { shortName: string }, year: number, subordinates: readonly { name: string }[]): string {
  const own = `${department.shortName}本级`;
  if (subordinates.length === 0) return `${department.shortName}${year}年部门决算汇总公开单位构成仅包括：${own}。`;
  return `${department.shortName}${year}年部门决算汇总公开单位构成包括：${[own, ...subordinates.map((s) => s.name)].join("、")}。`;
}

function subtract(rows: Map<string, Record<string, Fen>>, code: string, key: string, amount: Fen) {
  const row = rows.get(code);
  if (row) row[key] -= amount;
}

/** A row none of whose amounts is left (e.g. a line that only carried an eliminated transfer). */
function dropEmpty<K extends string>(rows: Map<string, Record<K, Fen>>): Map<string, Record<K, Fen>> {
  return new Map([...rows].filter(([, amounts]) => Object.values<Fen>(amounts).some((v) => v !== 0n)));
}

export function consolidate(input: ConsolidationInput): ConsolidationResult {
  const { parent, subordinates } = input;
  const texts = input.texts ?? parent.package;
  const members = [parent, ...subordinates];
  const year = parent.package.year;
  const wrongYear = members.find((m) => m.package.year !== year);
  if (wrongYear) throw new Error(`consolidate: ${wrongYear.unit.code} is ${wrongYear.package.year}, not ${year}`);
  const pkgs = members.map((m) => m.package);
  const { eliminations, errors } = findEliminations(parent, subordinates, input.codes ?? null);

  const income = sumCodedRows(
    pkgs.map((p) => p.income),
    INCOME_KEYS,
  );
  const expenditure = sumCodedRows(
    pkgs.map((p) => p.expenditure),
    EXPENDITURE_KEYS,
  );
  for (const e of eliminations) {
    if (e.pair === "grants") {
      subtract(expenditure, e.code, "subsidiaryGrants", e.amount);
      subtract(income, e.code, "superiorSubsidy", e.amount);
    } else {
      subtract(expenditure, e.code, "remittedToSuperior", e.amount);
      subtract(income, e.code, "subsidiaryRemittance", e.amount);
    }
  }

  const variance = new Map(texts.generalBudgetExpenditure.map((r) => [r.code, r.varianceReason]));
  const gbe = toRows(
    sumCodedRows(
      pkgs.map((p) => p.generalBudgetExpenditure),
      ["budget", "basic", "project"] as const,
    ),
  ).map((r) => {
    const reason = variance.get(r.code);
    return reason === undefined ? r : { ...r, varianceReason: reason };
  });

  const three = pkgs.map((p) => p.threePublic);
  const om = pkgs.map((p) => p.otherMatters);
  const priors = pkgs.map((p) => p.priorYear);
  const sumYuan = (values: readonly string[]) => formatYuan(values.reduce<Fen>((s, v) => s + parseYuan(v), 0n));

  const pkg: TPackage = {
    format: "budget-disclosure/1",
    unit: { ...parent.package.unit },
    year,
    amountUnit: "元",
    overview: {
      duties: [...texts.overview.duties],
      organization: texts.overview.organization,
      // From the tree, not the texts: listed in DEPARTMENT_GENERATED_FIELDS (./generated-fields).
      composition: compositionText(
        parent.package.unit,
        year,
        subordinates.map((s) => s.unit),
      ),
    },
    income: toRows(dropEmpty(income)),
    expenditure: toRows(dropEmpty(expenditure)),
    balances: sumFields(
      pkgs.map((p) => p.balances),
      ["nonFiscalBalanceUsed", "openingCarryover", "surplusDistribution", "closingCarryover"] as const,
    ),
    fiscal: {
      income: sumFields(
        pkgs.map((p) => p.fiscal.income),
        FUND_KEYS,
      ),
      openingCarryover: sumFields(
        pkgs.map((p) => p.fiscal.openingCarryover),
        FUND_KEYS,
      ),
      closingCarryover: sumFields(
        pkgs.map((p) => p.fiscal.closingCarryover),
        FUND_KEYS,
      ),
    },
    generalBudgetExpenditure: gbe,
    basicExpenditure: {
      personnel: toRows(
        sumCodedRows(
          pkgs.map((p) => p.basicExpenditure.personnel),
          ["amount"] as const,
        ),
      ),
      public: toRows(
        sumCodedRows(
          pkgs.map((p) => p.basicExpenditure.public),
          ["amount"] as const,
        ),
      ),
    },
    threePublic: {
      budget: sumFields(
        three.map((t) => t.budget),
        THREE_KEYS,
      ),
      actual: sumFields(
        three.map((t) => t.actual),
        THREE_KEYS,
      ),
      outboundGroups: sumCounts(three.map((t) => t.outboundGroups)),
      outboundPersons: sumCounts(three.map((t) => t.outboundPersons)),
      receptionGroups: sumCounts(three.map((t) => t.receptionGroups)),
      receptionPersons: sumCounts(three.map((t) => t.receptionPersons)),
      vehiclesPurchased: sumCounts(three.map((t) => t.vehiclesPurchased)),
      vehiclesHeld: sumCounts(three.map((t) => t.vehiclesHeld)),
      explanations: { ...texts.threePublic.explanations },
    },
    governmentFund: toRows(
      sumCodedRows(
        pkgs.map((p) => p.governmentFund),
        ["openingCarryover", "income", "basic", "project", "closingCarryover"] as const,
      ),
    ),
    stateCapital: toRows(
      sumCodedRows(
        pkgs.map((p) => p.stateCapital),
        ["basic", "project"] as const,
      ),
    ),
    reasons: { ...texts.reasons },
    otherMatters: {
      operatingCosts: {
        ...texts.otherMatters.operatingCosts,
        actual: sumYuan(om.map((o) => o.operatingCosts.actual)),
        budget: sumYuan(om.map((o) => o.operatingCosts.budget)),
      },
      meetingCosts: sumYuan(om.map((o) => o.meetingCosts)),
      trainingCosts: sumYuan(om.map((o) => o.trainingCosts)),
      procurement: sumFields(
        om.map((o) => o.procurement),
        ["goods", "works", "services", "smeContracts", "smallMicroContracts"] as const,
      ),
      assets: {
        vehicles: sumCounts(om.map((o) => o.assets.vehicles)),
        generalEquipmentOver500k: sumCounts(om.map((o) => o.assets.generalEquipmentOver500k)),
        specialEquipmentOver1m: sumCounts(om.map((o) => o.assets.specialEquipmentOver1m)),
      },
      other: texts.otherMatters.other,
    },
    performance: { ...texts.performance },
  };
  // Last year's figures add up only when every member has them; otherwise the department's own
  // published previous year (or nothing) serves, as for any report.
  if (priors.every((p) => p)) {
    const ps = priors as NonNullable<TPackage["priorYear"]>[];
    pkg.priorYear = {
      grandTotal: sumYuan(ps.map((p) => p.grandTotal)),
      fiscalGrandTotal: sumYuan(ps.map((p) => p.fiscalGrandTotal)),
      generalBudgetExpenditure: sumYuan(ps.map((p) => p.generalBudgetExpenditure)),
      threePublicActual: sumFields(
        ps.map((p) => p.threePublicActual),
        THREE_KEYS,
      ),
      operatingCosts: sumYuan(ps.map((p) => p.operatingCosts)),
    };
  }
  return { package: pkg, eliminations, errors };
}
