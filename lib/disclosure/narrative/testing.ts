/**
 * Package builders for the narrative's tests (the shared arbitraries in ../testing may land later;
 * these stay small and narrative-specific). Not imported by production code.
 */
import fc from "fast-check";
import { codeSetForYear } from "../codes";
import { formatYuan, parseYuan } from "../money";
import { emptyPackage } from "../template";
import type { TPackage } from "../package";

/** 分 → the package's 元 text. */
export const y = (fen: bigint): string => formatYuan(fen);

/** 元 → 分, exact: `fen("12345.67")` = 1234567n. */
export const fen = (yuan: string): bigint => parseYuan(yuan);

/** A valid package with every amount zero, every table empty and no prior-year block. */
export function blankPackage(year = 2021): TPackage {
  return {
    ...emptyPackage({ unitCode: "T001", year }),
    unit: { code: "T001", name: "测试单位", shortName: "测试单位", region: "测试区", category: "行政单位" },
    priorYear: null,
  };
}

/** An income row with only the given sources set (元 text). */
export function incomeRow(
  code: string,
  amounts: Partial<Record<"fiscal" | "superiorSubsidy" | "business" | "operating" | "subsidiaryRemittance" | "other", string>>,
) {
  return { code, fiscal: "0.00", superiorSubsidy: "0.00", business: "0.00", operating: "0.00", subsidiaryRemittance: "0.00", other: "0.00", ...amounts };
}

export function expenditureRow(code: string, amounts: Partial<Record<"basic" | "project" | "remittedToSuperior" | "operating" | "subsidiaryGrants", string>>) {
  return { code, basic: "0.00", project: "0.00", remittedToSuperior: "0.00", operating: "0.00", subsidiaryGrants: "0.00", ...amounts };
}

// ---------------------------------------------------------------------------------------------
// fast-check arbitraries: any package the schema accepts, content not necessarily balanced
// (the narrative must never break on a draft that fails checks).

const codes2020 = codeSetForYear(2020)!;
const ITEM_CODES = [...codes2020.functional.keys()].filter((c) => c.length === 7);
const PERSONNEL_CODES = [...codes2020.economic.keys()].filter((c) => c.length === 5 && /^30[13]/.test(c));
const PUBLIC_CODES = [...codes2020.economic.keys()].filter((c) => c.length === 5 && !/^30[13]/.test(c));

/** Amounts in 分, biased to the cases that matter: zero, tiny, values around .x5 rounding, large. */
export const arbFen: fc.Arbitrary<bigint> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0n) },
  { weight: 2, arbitrary: fc.bigInt({ min: 1n, max: 1_000_000n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 999n }).map((k) => k * 10_000n + 5_000n) }, // x.xx5 万元
  { weight: 3, arbitrary: fc.bigInt({ min: 0n, max: 100_000_000_000n }) },
);
const arbAmount = arbFen.map(y);
const arbCount = fc.nat({ max: 40 });

/** Reasons as clerks type them: missing, empty, plain, with closing punctuation, with a lead-in. */
export const arbReason: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  "",
  "   ",
  "人员调整",
  "疫情防控支出增加。",
  "项目结转；",
  "主要是因为机构改革",
  "主要原因是：政策调整",
  "人员增加\n编制调整！",
);

function uniqueRows<T>(arb: fc.Arbitrary<T>, codes: readonly string[], max: number, build: (code: string, v: T) => unknown) {
  return fc
    .uniqueArray(fc.constantFrom(...codes), { maxLength: max })
    .chain((picked) => fc.tuple(...picked.map(() => arb)).map((values) => picked.map((code, i) => build(code, values[i]))));
}

const arbFund = fc.record({ generalBudget: arbAmount, governmentFund: arbAmount, stateCapital: arbAmount });
const arbTP = fc.record({ outbound: arbAmount, vehiclePurchase: arbAmount, vehicleOperation: arbAmount, reception: arbAmount });

export const arbPackage: fc.Arbitrary<TPackage> = fc
  .record({
    year: fc.integer({ min: 2019, max: 2030 }),
    income: uniqueRows(fc.tuple(arbAmount, arbAmount, arbAmount, arbAmount, arbAmount, arbAmount), ITEM_CODES, 5, (code, a) => ({
      code,
      fiscal: a[0],
      superiorSubsidy: a[1],
      business: a[2],
      operating: a[3],
      subsidiaryRemittance: a[4],
      other: a[5],
    })),
    expenditure: uniqueRows(fc.tuple(arbAmount, arbAmount, arbAmount, arbAmount, arbAmount), ITEM_CODES, 5, (code, a) => ({
      code,
      basic: a[0],
      project: a[1],
      remittedToSuperior: a[2],
      operating: a[3],
      subsidiaryGrants: a[4],
    })),
    balances: fc.record({ nonFiscalBalanceUsed: arbAmount, openingCarryover: arbAmount, surplusDistribution: arbAmount, closingCarryover: arbAmount }),
    fiscal: fc.record({ income: arbFund, openingCarryover: arbFund, closingCarryover: arbFund }),
    generalBudgetExpenditure: uniqueRows(fc.tuple(arbAmount, arbAmount, arbAmount, arbReason), ITEM_CODES, 8, (code, a) => ({
      code,
      budget: a[0],
      basic: a[1],
      project: a[2],
      ...(a[3] === undefined ? {} : { varianceReason: a[3] }),
    })),
    personnel: uniqueRows(arbAmount, PERSONNEL_CODES, 6, (code, amount) => ({ code, amount })),
    public: uniqueRows(arbAmount, PUBLIC_CODES, 6, (code, amount) => ({ code, amount })),
    threePublic: fc.record({
      budget: arbTP,
      actual: arbTP,
      outboundGroups: arbCount,
      outboundPersons: arbCount,
      receptionGroups: arbCount,
      receptionPersons: arbCount,
      vehiclesPurchased: arbCount,
      vehiclesHeld: arbCount,
      explanations: fc.record(
        { outbound: arbReason, reception: arbReason, vehicle: arbReason, outboundDetail: arbReason, receptionDetail: arbReason, vehicleDetail: arbReason },
        { requiredKeys: [] },
      ),
    }),
    governmentFund: uniqueRows(fc.tuple(arbAmount, arbAmount, arbAmount, arbAmount, arbAmount), ITEM_CODES, 3, (code, a) => ({
      code,
      openingCarryover: a[0],
      income: a[1],
      basic: a[2],
      project: a[3],
      closingCarryover: a[4],
    })),
    stateCapital: uniqueRows(fc.tuple(arbAmount, arbAmount), ITEM_CODES, 3, (code, a) => ({ code, basic: a[0], project: a[1] })),
    priorYear: fc.option(
      fc.record({
        grandTotal: arbAmount,
        fiscalGrandTotal: arbAmount,
        generalBudgetExpenditure: arbAmount,
        threePublicActual: arbTP,
        operatingCosts: arbAmount,
      }),
    ),
    reasons: fc.record({ grandTotalChange: arbReason, fiscalTotalChange: arbReason, generalBudgetChange: arbReason }, { requiredKeys: [] }),
    operatingCosts: fc.record(
      { actual: arbAmount, budget: arbAmount, reasonVsBudget: arbReason, reasonVsPriorYear: arbReason },
      { requiredKeys: ["actual", "budget"] },
    ),
    meetingCosts: arbAmount,
    trainingCosts: arbAmount,
    procurement: fc.record({ goods: arbAmount, works: arbAmount, services: arbAmount, smeContracts: arbAmount, smallMicroContracts: arbAmount }),
    assets: fc.record({ vehicles: arbCount, generalEquipmentOver500k: arbCount, specialEquipmentOver1m: arbCount }),
    other: fc.constantFrom("", "无", "本单位没有独立网站。", "第一段。\n\n第二段"),
    summary: fc.constantFrom("", "绩效良好。", "绩效目标基本完成"),
  })
  .map((r) => {
    const pkg = blankPackage(r.year);
    return {
      ...pkg,
      income: r.income,
      expenditure: r.expenditure,
      balances: r.balances,
      fiscal: r.fiscal,
      generalBudgetExpenditure: r.generalBudgetExpenditure,
      basicExpenditure: { personnel: r.personnel, public: r.public },
      threePublic: r.threePublic,
      governmentFund: r.governmentFund,
      stateCapital: r.stateCapital,
      priorYear: r.priorYear,
      reasons: r.reasons,
      otherMatters: {
        operatingCosts: r.operatingCosts,
        meetingCosts: r.meetingCosts,
        trainingCosts: r.trainingCosts,
        procurement: r.procurement,
        assets: r.assets,
        other: r.other,
      },
      performance: { summary: r.summary, selfEvaluationReport: "" },
    } as TPackage;
  });
