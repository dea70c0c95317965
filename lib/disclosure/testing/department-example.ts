/**
 * The three-unit department worked by hand in consolidate.test.ts (amounts in 元, one line 2012901):
 * 市总工会 grants 300,000 to 甲区工会 (200,000) and 乙区工会 (100,000); they remit 30,000 and
 * 20,000 back. Each package passes every blocking check on its own. Tests only.
 */
import { formatYuan, parseYuan } from "../money";
import type { TPackage } from "../package";
import { blankPackage, expenditureRow, incomeRow } from "./builders";

export const DEPARTMENT_CODE = "2012901";
export const Y = (yuan: number) => parseYuan(String(yuan));

interface UnitSpec {
  code: string;
  name: string;
  income: Parameters<typeof incomeRow>[1];
  expenditure: Parameters<typeof expenditureRow>[1];
  gb: { budget: number; basic: number; project: number };
  personnel: number;
  public: number;
  carryover?: number;
}

function unitPackage(spec: UnitSpec, year: number): TPackage {
  const pkg: TPackage = blankPackage(year);
  pkg.unit = { code: spec.code, name: spec.name, shortName: spec.name, region: "", category: "" };
  pkg.income = [incomeRow(DEPARTMENT_CODE, spec.income)];
  pkg.expenditure = [expenditureRow(DEPARTMENT_CODE, spec.expenditure)];
  pkg.fiscal.income.generalBudget = formatYuan(Y(spec.gb.basic + spec.gb.project));
  pkg.generalBudgetExpenditure = [
    { code: DEPARTMENT_CODE, budget: formatYuan(Y(spec.gb.budget)), basic: formatYuan(Y(spec.gb.basic)), project: formatYuan(Y(spec.gb.project)) },
  ];
  pkg.basicExpenditure = {
    personnel: [{ code: "30101", amount: formatYuan(Y(spec.personnel)) }],
    public: [{ code: "30201", amount: formatYuan(Y(spec.public)) }],
  };
  pkg.otherMatters.operatingCosts = { actual: formatYuan(Y(spec.public)), budget: formatYuan(Y(spec.public)) };
  if (spec.carryover) {
    pkg.balances.openingCarryover = formatYuan(Y(spec.carryover));
    pkg.balances.closingCarryover = formatYuan(Y(spec.carryover));
  }
  return pkg;
}

export interface DepartmentExampleCodes {
  parent: { code: string; name: string };
  a: { code: string; name: string };
  b: { code: string; name: string };
}

export const DEFAULT_DEPARTMENT_UNITS: DepartmentExampleCodes = {
  parent: { code: "D100", name: "市总工会" },
  a: { code: "D101", name: "甲区工会" },
  b: { code: "D102", name: "乙区工会" },
};

/** The parent's and the two subordinates' 单位决算 packages. */
export function departmentExample(year = 2021, units: DepartmentExampleCodes = DEFAULT_DEPARTMENT_UNITS) {
  const parent = unitPackage(
    {
      ...units.parent,
      income: { fiscal: Y(750000), other: Y(250000), subsidiaryRemittance: Y(50000) },
      expenditure: { basic: Y(600000), project: Y(150000), subsidiaryGrants: Y(300000) },
      gb: { budget: 750000, basic: 600000, project: 150000 },
      personnel: 400000,
      public: 200000,
    },
    year,
  );
  parent.overview.duties = ["指导全市工会工作"];
  parent.performance.summary = "本部门开展了绩效自评。";
  const a = unitPackage(
    {
      ...units.a,
      income: { fiscal: Y(300000), superiorSubsidy: Y(200000) },
      expenditure: { basic: Y(370000), project: Y(100000), remittedToSuperior: Y(30000) },
      gb: { budget: 300000, basic: 250000, project: 50000 },
      personnel: 200000,
      public: 50000,
    },
    year,
  );
  const b = unitPackage(
    {
      ...units.b,
      income: { fiscal: Y(200000), superiorSubsidy: Y(100000) },
      expenditure: { basic: Y(180000), project: Y(100000), remittedToSuperior: Y(20000) },
      gb: { budget: 200000, basic: 150000, project: 50000 },
      personnel: 100000,
      public: 50000,
      carryover: 10000,
    },
    year,
  );
  const member = (pkg: TPackage) => ({ unit: { code: pkg.unit.code, name: pkg.unit.name }, package: pkg });
  return { parent: member(parent), subordinates: [member(a), member(b)] };
}
