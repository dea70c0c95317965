/** fast-check arbitrary for valid packages (form only; content may break checks). Test helper. */
import fc from "fast-check";
import type { TPackage } from "@/lib/disclosure/package";

const amount = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 99_999_999_999_999n }), fc.constantFrom(0, 1, 2), fc.nat(99))
  .map(([negative, whole, places, cents]) => {
    const fraction = places === 0 ? "" : places === 1 ? `.${cents % 10}` : `.${String(cents).padStart(2, "0")}`;
    return `${negative && whole > 0n ? "-" : ""}${whole}${fraction}`;
  });
const count = fc.integer({ min: -5, max: 100_000 });
const code = fc.stringMatching(/^\d{3,7}$/);
const text = fc.string({ maxLength: 40 });
const optionalText = fc.option(text, { nil: undefined });
const threePublic = fc.record({ outbound: amount, vehiclePurchase: amount, vehicleOperation: amount, reception: amount });
const funds = fc.record({ generalBudget: amount, governmentFund: amount, stateCapital: amount });
const rows = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 4 });

/** Drops keys whose value is undefined, as JSON would. */
function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export const arbitraryPackage: fc.Arbitrary<TPackage> = fc
  .record({
    format: fc.constant("budget-disclosure/1" as const),
    unit: fc.record({
      code: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      name: text.filter((s) => s.length > 0),
      shortName: text,
      region: text,
      category: text,
      parentCode: optionalText,
    }),
    year: fc.integer({ min: 2000, max: 2100 }),
    amountUnit: fc.option(fc.constant("元" as const), { nil: undefined }),
    overview: fc.record({ duties: fc.array(text, { maxLength: 4 }), organization: text, composition: text }),
    income: rows(
      fc.record({ code, fiscal: amount, superiorSubsidy: amount, business: amount, operating: amount, subsidiaryRemittance: amount, other: amount }),
    ),
    expenditure: rows(fc.record({ code, basic: amount, project: amount, remittedToSuperior: amount, operating: amount, subsidiaryGrants: amount })),
    balances: fc.record({ nonFiscalBalanceUsed: amount, openingCarryover: amount, surplusDistribution: amount, closingCarryover: amount }),
    fiscal: fc.record({ income: funds, openingCarryover: funds, closingCarryover: funds }),
    generalBudgetExpenditure: rows(fc.record({ code, budget: amount, basic: amount, project: amount, varianceReason: optionalText })),
    basicExpenditure: fc.record({ personnel: rows(fc.record({ code, amount })), public: rows(fc.record({ code, amount })) }),
    threePublic: fc.record({
      budget: threePublic,
      actual: threePublic,
      outboundGroups: count,
      outboundPersons: count,
      receptionGroups: count,
      receptionPersons: count,
      vehiclesPurchased: count,
      vehiclesHeld: count,
      explanations: fc.record({
        outbound: optionalText,
        reception: optionalText,
        vehicle: optionalText,
        outboundDetail: optionalText,
        receptionDetail: optionalText,
        vehicleDetail: optionalText,
      }),
    }),
    governmentFund: rows(fc.record({ code, openingCarryover: amount, income: amount, basic: amount, project: amount, closingCarryover: amount })),
    stateCapital: rows(fc.record({ code, basic: amount, project: amount })),
    priorYear: fc.option(
      fc.record({ grandTotal: amount, fiscalGrandTotal: amount, generalBudgetExpenditure: amount, threePublicActual: threePublic, operatingCosts: amount }),
      { nil: undefined },
    ),
    reasons: fc.record({ grandTotalChange: optionalText, fiscalTotalChange: optionalText, generalBudgetChange: optionalText }),
    otherMatters: fc.record({
      operatingCosts: fc.record({ actual: amount, budget: amount, reasonVsBudget: optionalText, reasonVsPriorYear: optionalText }),
      meetingCosts: amount,
      trainingCosts: amount,
      procurement: fc.record({ goods: amount, works: amount, services: amount, smeContracts: amount, smallMicroContracts: amount }),
      assets: fc.record({ vehicles: count, generalEquipmentOver500k: count, specialEquipmentOver1m: count }),
      other: text,
    }),
    performance: fc.record({ summary: text, selfEvaluationReport: fc.string({ maxLength: 200 }) }),
  })
  .map((pkg) => clean(pkg) as TPackage);
