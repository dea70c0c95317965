/**
 * What the demo seed contains, as plain data: read from the repository's fixtures and
 * validated, with no database involved (seed-database.ts writes it).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePackage, type TPackage } from "../../lib/disclosure/package";
import { REPO_ROOT } from "./paths";

export const FIXTURE_PATH = path.join(REPO_ROOT, "fixtures/lusong-trade-union-2020.json");
export const CODES_PATH = path.join(REPO_ROOT, "lib/disclosure/data/codes-2020.json");

/** Fiscal years offered, each to be published by 30 September of the following year. */
export const SEED_YEARS = [2019, 2020, 2021, 2022];
export const publicationDeadline = (year: number) => new Date(Date.UTC(year + 1, 8, 30));

export const SEED_USERS = [
  { loginName: "clerk", displayName: "芦淞区总工会填报人", role: "CLERK", password: "clerk-demo-2020", scoped: true },
  { loginName: "reviewer", displayName: "芦淞区财政局审核人", role: "REVIEWER", password: "reviewer-demo-2020", scoped: true },
  { loginName: "admin", displayName: "系统管理员", role: "ADMIN", password: "admin-demo-2020", scoped: false },
] as const;

/** When the 2020 report went through review (fixed, so every seeded database is identical). */
export const SEED_2020_TIMELINE = {
  submittedAt: new Date("2021-08-20T10:00:00+08:00"),
  approvedAt: new Date("2021-08-25T15:30:00+08:00"),
  publishedAt: new Date("2021-08-31T09:00:00+08:00"),
};

export function loadFixture(): TPackage {
  const parsed = parsePackage(JSON.parse(readFileSync(FIXTURE_PATH, "utf8")));
  if (!parsed.ok) {
    const lines = parsed.issues.map((i) => `  ${i.path || "(root)"}: ${i.message}`);
    throw new Error(`示例数据 ${FIXTURE_PATH} 不符合 budget-disclosure/1 格式：\n${lines.join("\n")}`);
  }
  return parsed.package;
}

export interface SeedCode {
  kind: "FUNCTIONAL" | "ECONOMIC";
  code: string;
  name: string;
  validFrom: number;
}

export function loadCodes(): SeedCode[] {
  const data = JSON.parse(readFileSync(CODES_PATH, "utf8")) as {
    year: number;
    functional: { code: string; name: string }[];
    economic: { code: string; name: string }[];
  };
  return [
    ...data.functional.map((c) => ({ kind: "FUNCTIONAL" as const, ...c, validFrom: data.year })),
    ...data.economic.map((c) => ({ kind: "ECONOMIC" as const, ...c, validFrom: data.year })),
  ];
}

const AMOUNT = /^-?\d+(\.\d+)?$/;

/** Amount strings → "0.00", counts → 0, texts kept. */
function zeroed<T>(value: T): T {
  if (typeof value === "string") return (AMOUNT.test(value) ? "0.00" : value) as T;
  if (typeof value === "number") return 0 as T;
  if (Array.isArray(value)) return value.map(zeroed) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, zeroed(v)])) as T;
  }
  return value;
}

/**
 * The next year's empty draft: the same unit and texts, no coded rows, every figure zero.
 * priorYear is dropped: the previous year is published in the system, so its own figures
 * are used (docs/DISCLOSURE.md).
 */
export function blankPackageFor(pkg: TPackage, year: number): TPackage {
  const from = String(pkg.year);
  const retitle = (text: string) => text.replaceAll(`${from}年`, `${year}年`);
  return {
    ...structuredClone(pkg),
    source: { title: retitle(pkg.source?.title ?? "") },
    year,
    overview: { ...pkg.overview, duties: [...pkg.overview.duties], composition: retitle(pkg.overview.composition) },
    income: [],
    expenditure: [],
    balances: zeroed(pkg.balances),
    fiscal: zeroed(pkg.fiscal),
    generalBudgetExpenditure: [],
    basicExpenditure: { personnel: [], public: [] },
    threePublic: { ...zeroed(pkg.threePublic), explanations: {} },
    governmentFund: [],
    stateCapital: [],
    priorYear: null,
    otherMatters: zeroed(pkg.otherMatters),
    performance: { ...pkg.performance, summary: retitle(pkg.performance.summary) },
  };
}
