/**
 * Package builders for tests and the bench (not used by production code): the reference
 * fixture, blank packages, row helpers, and `buildBalanced`, which turns a plain description of a
 * unit's money into a package that satisfies every blocking rule R1–R9 by construction.
 */
import fixtureJson from "../../../fixtures/lusong-trade-union-2020.json";
import { BUILTIN_CODE_SETS, buildCodeSet, type CodeSet } from "../codes";
import { formatYuan, parseYuan, type Fen } from "../money";
import { parsePackage, type TPackage } from "../package";
import { emptyPackage } from "../template";

/** The reference report's package as it is stored (plain JSON). */
export const FIXTURE_JSON: unknown = fixtureJson;

/** A fresh, parsed copy of the reference package (safe to mutate). */
export function fixturePackage(): TPackage {
  const r = parsePackage(structuredClone(fixtureJson));
  if (!r.ok) throw new Error(`fixture does not parse: ${JSON.stringify(r.issues)}`);
  return r.package;
}

export function blankPackage(year = 2020): TPackage {
  return emptyPackage({ unitCode: "T001", unitName: "测试单位", year });
}

const y = formatYuan;

export function incomeRow(
  code: string,
  a: Partial<Record<"fiscal" | "superiorSubsidy" | "business" | "operating" | "subsidiaryRemittance" | "other", Fen>> = {},
) {
  return {
    code,
    fiscal: y(a.fiscal ?? 0n),
    superiorSubsidy: y(a.superiorSubsidy ?? 0n),
    business: y(a.business ?? 0n),
    operating: y(a.operating ?? 0n),
    subsidiaryRemittance: y(a.subsidiaryRemittance ?? 0n),
    other: y(a.other ?? 0n),
  };
}

export function expenditureRow(code: string, a: Partial<Record<"basic" | "project" | "remittedToSuperior" | "operating" | "subsidiaryGrants", Fen>> = {}) {
  return {
    code,
    basic: y(a.basic ?? 0n),
    project: y(a.project ?? 0n),
    remittedToSuperior: y(a.remittedToSuperior ?? 0n),
    operating: y(a.operating ?? 0n),
    subsidiaryGrants: y(a.subsidiaryGrants ?? 0n),
  };
}

/** Splits `total` into parts proportional to `weights` (all of it on the first part when they are all 0). */
export function splitByWeights(total: Fen, weights: readonly number[]): Fen[] {
  if (weights.length === 0) return [];
  const sumW = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => (sumW === 0 ? 0n : (total * BigInt(w)) / BigInt(sumW)));
  const rest = total - parts.reduce((a, b) => a + b, 0n);
  const at = Math.max(
    0,
    weights.findIndex((w) => w > 0),
  );
  parts[at] += rest;
  return parts;
}

export interface BalancedItem {
  code: string;
  budget: Fen;
  gbBasic: Fen;
  gbProject: Fen;
  gf: { basic: Fen; project: Fen; opening: Fen; closing: Fen } | null;
  sc: { basic: Fen; project: Fen } | null;
  /** Non-fiscal spending on top of the fiscal one (公开03 ≥ fiscal). */
  extra: { basic: Fen; project: Fen; remittedToSuperior: Fen; operating: Fen; subsidiaryGrants: Fen };
  otherIncome: { superiorSubsidy: Fen; business: Fen; operating: Fen; subsidiaryRemittance: Fen; other: Fen };
  /** Share of the fiscal income booked on this code in 公开02. */
  fiscalWeight: number;
}

export interface BalancedSpec {
  year: number;
  items: BalancedItem[];
  generalBudget: { opening: Fen; closing: Fen };
  stateCapital: { opening: Fen; closing: Fen };
  balances: { nonFiscalBalanceUsed: Fen; openingCarryover: Fen; surplusDistribution: Fen };
  personnel: { code: string; weight: number }[];
  public: { code: string; weight: number }[];
  procurement: { goods: Fen; works: Fen; services: Fen; smePermille: number; smallMicroPermille: number };
  threePublic: { budget: [Fen, Fen, Fen, Fen]; actual: [Fen, Fen, Fen, Fen] };
  operatingBudget: Fen;
  prior: { grandTotal: Fen; fiscalGrandTotal: Fen; generalBudgetExpenditure: Fen; threePublicActual: [Fen, Fen, Fen, Fen]; operatingCosts: Fen } | null;
}

const min = (a: Fen, b: Fen) => (a < b ? a : b);
const REASON = "因工作需要调整";

/** A fund's account: opening is capped so that income = spending + closing − opening ≥ 0. */
function account(spending: Fen, opening: Fen, closing: Fen) {
  const o = min(opening, spending + closing);
  return { opening: o, income: spending + closing - o, closing };
}

function threePublic(a: readonly Fen[]) {
  return { outbound: y(a[0]), vehiclePurchase: y(a[1]), vehicleOperation: y(a[2]), reception: y(a[3]) };
}

/** A package that passes R1–R9 (warnings may still fire), built from `spec`. */
export function buildBalanced(spec: BalancedSpec): TPackage {
  const pkg = blankPackage(spec.year);
  const items = spec.items;
  const gbSpend = items.reduce((s, i) => s + i.gbBasic + i.gbProject, 0n);
  const scSpend = items.reduce((s, i) => s + (i.sc ? i.sc.basic + i.sc.project : 0n), 0n);
  // With no line to book fiscal income on (公开02), there must be none: opening = closing.
  const gb = items.length
    ? account(gbSpend, spec.generalBudget.opening, spec.generalBudget.closing)
    : account(0n, spec.generalBudget.closing, spec.generalBudget.closing);
  const sc = items.length
    ? account(scSpend, spec.stateCapital.opening, spec.stateCapital.closing)
    : account(0n, spec.stateCapital.closing, spec.stateCapital.closing);
  const gfRows = items.filter((i) => i.gf).map((i) => ({ code: i.code, ...i.gf!, ...account(i.gf!.basic + i.gf!.project, i.gf!.opening, i.gf!.closing) }));
  const gfSum = (k: "opening" | "income" | "closing") => gfRows.reduce((s, r) => s + r[k], 0n);
  const fiscalIncome = gb.income + gfSum("income") + sc.income;
  const fiscalParts = splitByWeights(
    fiscalIncome,
    items.map((i) => i.fiscalWeight),
  );

  pkg.income = items.map((i, k) => incomeRow(i.code, { fiscal: fiscalParts[k], ...i.otherIncome }));
  pkg.expenditure = items.map((i) =>
    expenditureRow(i.code, {
      basic: i.gbBasic + (i.gf?.basic ?? 0n) + (i.sc?.basic ?? 0n) + i.extra.basic,
      project: i.gbProject + (i.gf?.project ?? 0n) + (i.sc?.project ?? 0n) + i.extra.project,
      remittedToSuperior: i.extra.remittedToSuperior,
      operating: i.extra.operating,
      subsidiaryGrants: i.extra.subsidiaryGrants,
    }),
  );
  pkg.generalBudgetExpenditure = items.map((i) => ({
    code: i.code,
    budget: y(i.budget),
    basic: y(i.gbBasic),
    project: y(i.gbProject),
    varianceReason: REASON,
  }));
  pkg.governmentFund = gfRows.map((r) => ({
    code: r.code,
    openingCarryover: y(r.opening),
    income: y(r.income),
    basic: y(r.basic),
    project: y(r.project),
    closingCarryover: y(r.closing),
  }));
  pkg.stateCapital = items.filter((i) => i.sc).map((i) => ({ code: i.code, basic: y(i.sc!.basic), project: y(i.sc!.project) }));
  pkg.fiscal = {
    income: { generalBudget: y(gb.income), governmentFund: y(gfSum("income")), stateCapital: y(sc.income) },
    openingCarryover: { generalBudget: y(gb.opening), governmentFund: y(gfSum("opening")), stateCapital: y(sc.opening) },
    closingCarryover: { generalBudget: y(gb.closing), governmentFund: y(gfSum("closing")), stateCapital: y(sc.closing) },
  };

  const sumRows = (rows: readonly Record<string, string>[], keys: string[]) => rows.reduce((s, r) => s + keys.reduce((t, k) => t + parseYuan(r[k]), 0n), 0n);
  const incomeTotal = sumRows(pkg.income, ["fiscal", "superiorSubsidy", "business", "operating", "subsidiaryRemittance", "other"]);
  const expenditureTotal = sumRows(pkg.expenditure, ["basic", "project", "remittedToSuperior", "operating", "subsidiaryGrants"]);
  let opening = spec.balances.openingCarryover;
  let closing = incomeTotal + spec.balances.nonFiscalBalanceUsed + opening - expenditureTotal - spec.balances.surplusDistribution;
  if (closing < 0n) {
    opening -= closing;
    closing = 0n;
  }
  pkg.balances = {
    nonFiscalBalanceUsed: y(spec.balances.nonFiscalBalanceUsed),
    openingCarryover: y(opening),
    surplusDistribution: y(spec.balances.surplusDistribution),
    closingCarryover: y(closing),
  };

  const basicTotal = items.reduce((s, i) => s + i.gbBasic, 0n);
  let personnel = spec.personnel;
  if (basicTotal > 0n && personnel.length + spec.public.length === 0) personnel = [{ code: "30101", weight: 1 }];
  const lines = [...personnel, ...spec.public];
  const shares = splitByWeights(
    basicTotal,
    lines.map((l) => l.weight),
  );
  pkg.basicExpenditure = {
    personnel: personnel.map((l, k) => ({ code: l.code, amount: y(shares[k]) })),
    public: spec.public.map((l, k) => ({ code: l.code, amount: y(shares[personnel.length + k]) })),
  };
  const publicTotal = shares.slice(personnel.length).reduce((a, b) => a + b, 0n);
  const p = spec.procurement;
  const procured = p.goods + p.works + p.services;
  const sme = (procured * BigInt(p.smePermille)) / 1000n;
  pkg.otherMatters = {
    ...pkg.otherMatters,
    operatingCosts: { actual: y(publicTotal), budget: y(spec.operatingBudget), reasonVsBudget: REASON, reasonVsPriorYear: REASON },
    procurement: {
      goods: y(p.goods),
      works: y(p.works),
      services: y(p.services),
      smeContracts: y(sme),
      smallMicroContracts: y((sme * BigInt(p.smallMicroPermille)) / 1000n),
    },
  };
  pkg.threePublic = {
    ...pkg.threePublic,
    budget: threePublic(spec.threePublic.budget),
    actual: threePublic(spec.threePublic.actual),
    vehiclesPurchased: spec.threePublic.actual[1] > 0n ? 1 : 0,
  };
  if (spec.prior) {
    const q = spec.prior;
    pkg.priorYear = {
      grandTotal: y(q.grandTotal),
      fiscalGrandTotal: y(q.fiscalGrandTotal),
      generalBudgetExpenditure: y(q.generalBudgetExpenditure),
      threePublicActual: threePublic(q.threePublicActual),
      operatingCosts: y(q.operatingCosts),
    };
  }
  pkg.reasons = { grandTotalChange: REASON, fiscalTotalChange: REASON, generalBudgetChange: REASON };
  return pkg;
}

/** A small deterministic PRNG (mulberry32), so the bench's generated package is the same every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A large balanced package: `items` 项 lines spread over many 类 and 款 (codes 2xx yy zz, made up),
 * with a code set that names all of them, so the rendering does the full work of a real unit.
 */
export function largePackage(items = 300, seed = 42): { pkg: TPackage; codeSet: CodeSet } {
  const rnd = prng(seed);
  const fen = (max: number) => BigInt(Math.floor(rnd() * max)) * 100n;
  const functional: { code: string; name: string }[] = [];
  const codes: string[] = [];
  // k = class + 20·section + 100·item: 20 类 × 5 款 × (items / 100) 项, all distinct.
  for (let k = 0; k < items; k++) {
    const cls = String(201 + (k % 20));
    const section = `${cls}${String(1 + (Math.floor(k / 20) % 5)).padStart(2, "0")}`;
    const item = `${section}${String(1 + Math.floor(k / 100)).padStart(2, "0")}`;
    codes.push(item);
    for (const [code, name] of [
      [cls, `第${cls}类支出`],
      [section, `第${section}款事务`],
      [item, `第${item}项`],
    ]) {
      if (!functional.some((f) => f.code === code)) functional.push({ code, name });
    }
  }
  const base = buildCodeSet({ year: 2020, functional, economic: [] });
  const codeSet: CodeSet = { year: 2020, functional: base.functional, economic: BUILTIN_CODE_SETS[0].economic };
  const zero = { basic: 0n, project: 0n, remittedToSuperior: 0n, operating: 0n, subsidiaryGrants: 0n };
  const noIncome = { superiorSubsidy: 0n, business: 0n, operating: 0n, subsidiaryRemittance: 0n, other: 0n };
  const spec: BalancedSpec = {
    year: 2020,
    items: codes.map((code, k) => ({
      code,
      budget: fen(500_000),
      gbBasic: fen(400_000),
      gbProject: fen(100_000),
      gf: k % 10 === 0 ? { basic: fen(50_000), project: fen(50_000), opening: fen(10_000), closing: fen(10_000) } : null,
      sc: k % 25 === 0 ? { basic: fen(20_000), project: 0n } : null,
      extra: k % 3 === 0 ? { ...zero, basic: fen(30_000), operating: fen(5_000) } : zero,
      otherIncome: k % 4 === 0 ? { ...noIncome, business: fen(40_000) } : noIncome,
      fiscalWeight: 1 + Math.floor(rnd() * 10),
    })),
    generalBudget: { opening: fen(100_000), closing: fen(100_000) },
    stateCapital: { opening: 0n, closing: 0n },
    balances: { nonFiscalBalanceUsed: 0n, openingCarryover: fen(1_000_000), surplusDistribution: 0n },
    personnel: ["30101", "30102", "30103", "30108", "30110", "30113", "30302", "30305"].map((code) => ({ code, weight: 1 + Math.floor(rnd() * 5) })),
    public: ["30201", "30202", "30205", "30206", "30211", "30213", "30228", "30231", "30299", "31002"].map((code) => ({
      code,
      weight: 1 + Math.floor(rnd() * 5),
    })),
    procurement: { goods: fen(300_000), works: 0n, services: fen(200_000), smePermille: 600, smallMicroPermille: 500 },
    threePublic: { budget: [0n, 0n, fen(50_000), fen(20_000)], actual: [0n, 0n, fen(40_000), fen(15_000)] },
    operatingBudget: fen(2_000_000),
    prior: {
      grandTotal: fen(100_000_000),
      fiscalGrandTotal: fen(90_000_000),
      generalBudgetExpenditure: fen(80_000_000),
      threePublicActual: [0n, 0n, fen(40_000), fen(15_000)],
      operatingCosts: fen(2_000_000),
    },
  };
  return { pkg: buildBalanced(spec), codeSet };
}
