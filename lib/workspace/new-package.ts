/**
 * A blank package for a unit and year, and the carry-over from last year's package
 * (overview and recurring texts; every figure empty). Pure.
 */
import type { TPackage, TThreePublicAmounts } from "@/lib/disclosure/package";

const zeroThree = (): TThreePublicAmounts => ({ outbound: "0.00", vehiclePurchase: "0.00", vehicleOperation: "0.00", reception: "0.00" });
const zeroFunds = () => ({ generalBudget: "0.00", governmentFund: "0.00", stateCapital: "0.00" });

export function blankPackage(unit: TPackage["unit"], year: number): TPackage {
  return {
    format: "budget-disclosure/1",
    unit,
    year,
    amountUnit: "元",
    overview: { duties: [], organization: "", composition: "" },
    income: [],
    expenditure: [],
    balances: { nonFiscalBalanceUsed: "0.00", openingCarryover: "0.00", surplusDistribution: "0.00", closingCarryover: "0.00" },
    fiscal: { income: zeroFunds(), openingCarryover: zeroFunds(), closingCarryover: zeroFunds() },
    generalBudgetExpenditure: [],
    basicExpenditure: { personnel: [], public: [] },
    threePublic: {
      budget: zeroThree(),
      actual: zeroThree(),
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
      operatingCosts: { actual: "0.00", budget: "0.00" },
      meetingCosts: "0.00",
      trainingCosts: "0.00",
      procurement: { goods: "0.00", works: "0.00", services: "0.00", smeContracts: "0.00", smallMicroContracts: "0.00" },
      assets: { vehicles: 0, generalEquipmentOver500k: 0, specialEquipmentOver1m: 0 },
      other: "",
    },
    performance: { summary: "", selfEvaluationReport: "" },
  };
}

/** Next year's draft from last year's package: the texts that recur, no figure. */
export function packageFromPrevious(previous: TPackage, unit: TPackage["unit"], year: number): TPackage {
  const pkg = blankPackage(unit, year);
  pkg.overview = {
    duties: [...previous.overview.duties],
    organization: previous.overview.organization,
    // The composition sentence names the year; carry it over with the new year in it.
    composition: previous.overview.composition.replaceAll(String(previous.year), String(year)),
  };
  pkg.otherMatters.other = previous.otherMatters.other;
  return pkg;
}
