/**
 * The empty package a clerk starts from: schema-valid, every amount "0.00", every table empty,
 * no prior-year block (absent: last year's figures come from the system or are typed in later).
 * Its only check result is R10 (income and spending all zero: nothing to disclose, cannot be
 * submitted); no balance rule complains about figures not yet entered.
 */
import type { TPackage } from "./package";

const ZERO = "0.00";
const zeroFunds = () => ({ generalBudget: ZERO, governmentFund: ZERO, stateCapital: ZERO });
const zeroThreePublic = () => ({ outbound: ZERO, vehiclePurchase: ZERO, vehicleOperation: ZERO, reception: ZERO });

export interface TemplateOptions {
  unitCode: string;
  /** Defaults to the unit code: the schema needs a non-empty name, the clerk replaces it. */
  unitName?: string;
  year: number;
}

export function emptyPackage({ unitCode, unitName, year }: TemplateOptions): TPackage {
  const name = unitName && unitName.trim() !== "" ? unitName : unitCode;
  return {
    format: "budget-disclosure/1",
    unit: { code: unitCode, name, shortName: name, region: "", category: "" },
    year,
    amountUnit: "元",
    overview: { duties: [], organization: "", composition: "" },
    income: [],
    expenditure: [],
    balances: { nonFiscalBalanceUsed: ZERO, openingCarryover: ZERO, surplusDistribution: ZERO, closingCarryover: ZERO },
    fiscal: { income: zeroFunds(), openingCarryover: zeroFunds(), closingCarryover: zeroFunds() },
    generalBudgetExpenditure: [],
    basicExpenditure: { personnel: [], public: [] },
    threePublic: {
      budget: zeroThreePublic(),
      actual: zeroThreePublic(),
      outboundGroups: 0,
      outboundPersons: 0,
      receptionGroups: 0,
      receptionPersons: 0,
      vehiclesPurchased: 0,
      vehiclesHeld: 0,
      explanations: {},
    },
    governmentFund: [],
    stateCapital: [],
    reasons: {},
    otherMatters: {
      operatingCosts: { actual: ZERO, budget: ZERO },
      meetingCosts: ZERO,
      trainingCosts: ZERO,
      procurement: { goods: ZERO, works: ZERO, services: ZERO, smeContracts: ZERO, smallMicroContracts: ZERO },
      assets: { vehicles: 0, generalEquipmentOver500k: 0, specialEquipmentOver1m: 0 },
      other: "",
    },
    performance: { summary: "", selfEvaluationReport: "" },
  };
}
