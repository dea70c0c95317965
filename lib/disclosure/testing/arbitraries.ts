/**
 * fast-check arbitraries for the disclosure core's property tests (anyone's tests may use them).
 *
 * - `arbPackage`: any package the schema accepts — negative amounts, "5"/"5.5"/"5.50" forms,
 *   amounts up to 10^12 元 (and the schema's 14-digit maximum), unknown, short and duplicate codes,
 *   empty arrays, optional fields present or absent, any year the schema allows (so also years
 *   with no code set). Content need not make sense: it is a draft.
 * - `arbBalancedSpec` / `arbBalancedPackage`: packages that pass every blocking rule, built by
 *   `buildBalanced` from random but sensible money.
 */
import fc from "fast-check";
import { BUILTIN_CODE_SETS } from "../codes";
import { computeTotals } from "../figures";
import { formatYuan, type Fen } from "../money";
import type { TPackage } from "../package";
import { buildBalanced, type BalancedItem, type BalancedSpec } from "./builders";

const SET = BUILTIN_CODE_SETS[0];
export const ITEM_CODES = [...SET.functional.keys()].filter((c) => c.length === 7);
export const PARENT_CODES = [...SET.functional.keys()].filter((c) => c.length !== 7);
export const PERSONNEL_CODES = [...SET.economic.keys()].filter((c) => c.length === 5 && /^30[13]/.test(c));
export const PUBLIC_CODES = [...SET.economic.keys()].filter((c) => c.length === 5 && !/^30[13]/.test(c));

/** Non-negative 分, biased to what matters: zero, small, exactly x.xx5 万元, large, up to 10^12 元. */
export const arbFen: fc.Arbitrary<Fen> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0n) },
  { weight: 3, arbitrary: fc.bigInt({ min: 1n, max: 10_000_000n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 99_999n }).map((k) => k * 10_000n + 5_000n) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 100_000_000_000_000n }) },
);

/** Amount text in every form the schema accepts, including signs and the extremes. */
export const arbAmountText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: arbFen.map(formatYuan) },
  { weight: 1, arbitrary: arbFen.map((f) => formatYuan(-f)) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String) },
  { weight: 1, arbitrary: fc.tuple(fc.nat({ max: 99999 }), fc.nat({ max: 9 })).map(([a, b]) => `${a}.${b}`) },
  { weight: 1, arbitrary: fc.constantFrom("0", "-0", "-0.00", "0.5", "99999999999999.99", "-99999999999999.99", "00012.30") },
);

/** Functional codes: mostly real 项, sometimes unknown 7-digit, a 类/款 code, or any digit string. */
export const arbFunctionalCode: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...ITEM_CODES) },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{7}$/) },
  { weight: 1, arbitrary: fc.constantFrom(...PARENT_CODES) },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{1,10}$/) },
);

export const arbEconomicCode: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PERSONNEL_CODES, ...PUBLIC_CODES) },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{1,10}$/) },
);

export const arbCount: fc.Arbitrary<number> = fc.oneof(fc.nat({ max: 50 }), fc.integer({ min: -3, max: 1_000_000 }));

export const arbText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", " ", "人员调整", "疫情防控支出增加。", "- 列表项", "第一段。\n\n第二段"),
  fc.string({ maxLength: 30 }),
);

const arbList = <T>(arb: fc.Arbitrary<T>, maxLength = 8) => fc.array(arb, { maxLength });
const amounts = <K extends string>(...keys: K[]) => fc.record(Object.fromEntries(keys.map((k) => [k, arbAmountText])) as Record<K, fc.Arbitrary<string>>);
const optional = <T extends Record<string, unknown>>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { requiredKeys: [] });

const arbThreePublicAmounts = amounts("outbound", "vehiclePurchase", "vehicleOperation", "reception");
const arbFunds = amounts("generalBudget", "governmentFund", "stateCapital");

/** Any schema-valid package. */
export const arbPackage: fc.Arbitrary<TPackage> = fc.record(
  {
    format: fc.constant("budget-disclosure/1" as const),
    source: optional({ title: arbText, note: arbText }),
    unit: fc.record(
      {
        code: fc.constantFrom("430203-zgh", "T001", "x"),
        name: fc.constantFrom("测试单位", "株洲市芦淞区总工会"),
        shortName: arbText,
        region: arbText,
        category: arbText,
        parentCode: arbText,
      },
      { requiredKeys: ["code", "name", "shortName", "region", "category"] },
    ),
    year: fc.oneof(fc.constantFrom(2019, 2020, 2021), fc.integer({ min: 2000, max: 2100 })),
    amountUnit: fc.constant("元" as const),
    overview: fc.record({ duties: arbList(arbText, 3), organization: arbText, composition: arbText }),
    income: arbList(
      fc
        .record({ code: arbFunctionalCode })
        .chain(({ code }) => amounts("fiscal", "superiorSubsidy", "business", "operating", "subsidiaryRemittance", "other").map((a) => ({ code, ...a }))),
    ),
    expenditure: arbList(
      fc
        .record({ code: arbFunctionalCode })
        .chain(({ code }) => amounts("basic", "project", "remittedToSuperior", "operating", "subsidiaryGrants").map((a) => ({ code, ...a }))),
    ),
    balances: amounts("nonFiscalBalanceUsed", "openingCarryover", "surplusDistribution", "closingCarryover"),
    fiscal: fc.record({ income: arbFunds, openingCarryover: arbFunds, closingCarryover: arbFunds }),
    generalBudgetExpenditure: arbList(
      fc.record(
        { code: arbFunctionalCode, budget: arbAmountText, basic: arbAmountText, project: arbAmountText, varianceReason: arbText },
        { requiredKeys: ["code", "budget", "basic", "project"] },
      ),
    ),
    basicExpenditure: fc.record({
      personnel: arbList(fc.record({ code: arbEconomicCode, amount: arbAmountText })),
      public: arbList(fc.record({ code: arbEconomicCode, amount: arbAmountText })),
    }),
    threePublic: fc.record({
      budget: arbThreePublicAmounts,
      actual: arbThreePublicAmounts,
      outboundGroups: arbCount,
      outboundPersons: arbCount,
      receptionGroups: arbCount,
      receptionPersons: arbCount,
      vehiclesPurchased: arbCount,
      vehiclesHeld: arbCount,
      explanations: optional({
        outbound: arbText,
        reception: arbText,
        vehicle: arbText,
        outboundDetail: arbText,
        receptionDetail: arbText,
        vehicleDetail: arbText,
      }),
    }),
    governmentFund: arbList(
      fc
        .record({ code: arbFunctionalCode })
        .chain(({ code }) => amounts("openingCarryover", "income", "basic", "project", "closingCarryover").map((a) => ({ code, ...a }))),
      4,
    ),
    stateCapital: arbList(fc.record({ code: arbFunctionalCode, basic: arbAmountText, project: arbAmountText }), 4),
    priorYear: fc.oneof(
      fc.constant(null),
      fc.record({
        grandTotal: arbAmountText,
        fiscalGrandTotal: arbAmountText,
        generalBudgetExpenditure: arbAmountText,
        threePublicActual: arbThreePublicAmounts,
        operatingCosts: arbAmountText,
      }),
    ),
    reasons: optional({ grandTotalChange: arbText, fiscalTotalChange: arbText, generalBudgetChange: arbText }),
    otherMatters: fc.record({
      operatingCosts: fc.record(
        { actual: arbAmountText, budget: arbAmountText, reasonVsBudget: arbText, reasonVsPriorYear: arbText },
        { requiredKeys: ["actual", "budget"] },
      ),
      meetingCosts: arbAmountText,
      trainingCosts: arbAmountText,
      procurement: amounts("goods", "works", "services", "smeContracts", "smallMicroContracts"),
      assets: fc.record({ vehicles: arbCount, generalEquipmentOver500k: arbCount, specialEquipmentOver1m: arbCount }),
      other: arbText,
    }),
    performance: fc.record({ summary: arbText, selfEvaluationReport: arbText }),
  },
  {
    requiredKeys: [
      "format",
      "unit",
      "year",
      "overview",
      "income",
      "expenditure",
      "balances",
      "fiscal",
      "generalBudgetExpenditure",
      "basicExpenditure",
      "threePublic",
      "governmentFund",
      "stateCapital",
      "reasons",
      "otherMatters",
      "performance",
    ],
  },
) as fc.Arbitrary<TPackage>;

// ---------------------------------------------------------------------------------------------
// Balanced packages. Amounts per cell stay ≤ 10^10 元 so that sums stay inside the schema's 14 digits.

const arbCell: fc.Arbitrary<Fen> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0n) },
  { weight: 3, arbitrary: fc.bigInt({ min: 1n, max: 100_000_000n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 1_000_000_000_000n }) },
);

const arbItem = (code: string): fc.Arbitrary<BalancedItem> =>
  fc.record({
    code: fc.constant(code),
    budget: arbCell,
    gbBasic: arbCell,
    gbProject: arbCell,
    gf: fc.option(fc.record({ basic: arbCell, project: arbCell, opening: arbCell, closing: arbCell }), { freq: 3 }),
    sc: fc.option(fc.record({ basic: arbCell, project: arbCell }), { freq: 3 }),
    extra: fc.record({ basic: arbCell, project: arbCell, remittedToSuperior: arbCell, operating: arbCell, subsidiaryGrants: arbCell }),
    otherIncome: fc.record({ superiorSubsidy: arbCell, business: arbCell, operating: arbCell, subsidiaryRemittance: arbCell, other: arbCell }),
    fiscalWeight: fc.nat({ max: 10 }),
  });

const arbWeighted = (codes: readonly string[]) =>
  fc
    .uniqueArray(fc.constantFrom(...codes), { maxLength: 6 })
    .chain((picked) => fc.tuple(...picked.map(() => fc.nat({ max: 10 }))).map((w) => picked.map((code, i) => ({ code, weight: w[i] }))));

const four = fc.tuple(arbCell, arbCell, arbCell, arbCell);

export const arbBalancedSpec: fc.Arbitrary<BalancedSpec> = fc.record({
  year: fc.constantFrom(2020, 2021),
  items: fc.uniqueArray(fc.constantFrom(...ITEM_CODES), { maxLength: 10 }).chain((codes) => (codes.length ? fc.tuple(...codes.map(arbItem)) : fc.constant([]))),
  generalBudget: fc.record({ opening: arbCell, closing: arbCell }),
  stateCapital: fc.record({ opening: arbCell, closing: arbCell }),
  balances: fc.record({ nonFiscalBalanceUsed: arbCell, openingCarryover: arbCell, surplusDistribution: arbCell }),
  personnel: arbWeighted(PERSONNEL_CODES),
  public: arbWeighted(PUBLIC_CODES),
  procurement: fc.record({ goods: arbCell, works: arbCell, services: arbCell, smePermille: fc.nat({ max: 1000 }), smallMicroPermille: fc.nat({ max: 1000 }) }),
  threePublic: fc.record({ budget: four, actual: four }),
  operatingBudget: arbCell,
  prior: fc.option(
    fc.record({ grandTotal: arbCell, fiscalGrandTotal: arbCell, generalBudgetExpenditure: arbCell, threePublicActual: four, operatingCosts: arbCell }),
  ),
}) as fc.Arbitrary<BalancedSpec>;

/** Balanced, and with some income or spending this year (else R10 refuses it: nothing to disclose). */
export const arbBalancedPackage: fc.Arbitrary<TPackage> = arbBalancedSpec.map(buildBalanced).filter((pkg) => {
  const t = computeTotals(pkg);
  return t.incomeTotal !== 0n || t.expenditureTotal !== 0n;
});
