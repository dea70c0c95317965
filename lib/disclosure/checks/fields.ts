/**
 * Every amount and count a clerk enters, with its JSON path and where it shows up (table, line,
 * column, in Chinese). Rule R1 walks this list; keeping the labels here, next to each other,
 * keeps them consistent with the tables.
 */
import type { CodeSet } from "../codes";
import type { TableKey } from "../model";
import type { TPackage } from "../package";
import { economicRow, functionalRow } from "./rows";

export interface NumericField {
  path: string;
  kind: "amount" | "count";
  value: string | number;
  table?: TableKey;
  /** Where, for the message: "公开02 收入决算表" or "第三部分 十一、其他重要事项". */
  place: string;
  row: string;
  column: string;
}

const T = {
  g01: "公开01 收入支出决算总表",
  g02: "公开02 收入决算表",
  g03: "公开03 支出决算表",
  g04: "公开04 财政拨款收入支出决算总表",
  g05: "公开05 一般公共预算财政拨款支出决算表",
  g06: "公开06 一般公共预算财政拨款基本支出决算表",
  g07: "公开07 一般公共预算财政拨款“三公”经费支出决算表",
  g08: "公开08 政府性基金预算财政拨款收入支出决算表",
  g09: "公开09 国有资本经营预算财政拨款支出决算表",
} as const;

export const TABLE_TITLES: Record<TableKey, string> = T;

const INCOME = { fiscal: "财政拨款收入", superiorSubsidy: "上级补助收入", business: "事业收入", operating: "经营收入", subsidiaryRemittance: "附属单位上缴收入", other: "其他收入" };
const EXPENDITURE = { basic: "基本支出", project: "项目支出", remittedToSuperior: "上缴上级支出", operating: "经营支出", subsidiaryGrants: "对附属单位补助支出" };
const FUNDS = { generalBudget: "一般公共预算财政拨款", governmentFund: "政府性基金预算财政拨款", stateCapital: "国有资本经营预算财政拨款" };
const GBE = { budget: "年初预算数", basic: "基本支出", project: "项目支出" };
const GF = { openingCarryover: "年初结转和结余", income: "本年收入", basic: "基本支出", project: "项目支出", closingCarryover: "年末结转和结余" };
const SC = { basic: "基本支出", project: "项目支出" };
const THREE = { outbound: "因公出国（境）费", vehiclePurchase: "公务用车购置费", vehicleOperation: "公务用车运行费", reception: "公务接待费" };
const BALANCES = { nonFiscalBalanceUsed: "使用非财政拨款结余", openingCarryover: "年初结转和结余", surplusDistribution: "结余分配", closingCarryover: "年末结转和结余" };
const COUNTS = {
  outboundGroups: "因公出国（境）团组数",
  outboundPersons: "因公出国（境）人次",
  receptionGroups: "公务接待团组数",
  receptionPersons: "公务接待人次",
  vehiclesPurchased: "购置公务用车数量",
  vehiclesHeld: "公务用车保有量",
};
const PROCUREMENT = { goods: "政府采购货物支出", works: "政府采购工程支出", services: "政府采购服务支出", smeContracts: "授予中小企业合同金额", smallMicroContracts: "授予小微企业合同金额" };
const ASSETS = { vehicles: "车辆数", generalEquipmentOver500k: "单位价值50万元以上通用设备数", specialEquipmentOver1m: "单位价值100万元以上专用设备数" };

const PART3_7 = "第三部分 七、“三公”经费";
const PART3_11 = "第三部分 十一、其他重要事项";

export function numericFields(pkg: TPackage, codes: CodeSet | null): NumericField[] {
  const out: NumericField[] = [];
  const amounts = <K extends string>(
    base: string,
    obj: NoInfer<Record<K, string>>,
    labels: Record<K, string>,
    loc: { table?: TableKey; place: string; row: string },
    column: (label: string) => string = (l) => l,
  ) => {
    for (const key of Object.keys(labels) as K[]) {
      out.push({ path: `${base}.${key}`, kind: "amount", value: obj[key], ...loc, column: column(labels[key]) });
    }
  };
  pkg.income.forEach((r, i) => amounts(`income[${i}]`, r, INCOME, { table: "g02", place: T.g02, row: functionalRow(codes, r.code) }));
  pkg.expenditure.forEach((r, i) => amounts(`expenditure[${i}]`, r, EXPENDITURE, { table: "g03", place: T.g03, row: functionalRow(codes, r.code) }));
  amounts("balances", pkg.balances, BALANCES, { table: "g01", place: T.g01, row: "" }, (l) => l);
  for (const [key, row] of [["income", "本年收入"], ["openingCarryover", "年初财政拨款结转和结余"], ["closingCarryover", "年末财政拨款结转和结余"]] as const) {
    amounts(`fiscal.${key}`, pkg.fiscal[key], FUNDS, { table: "g04", place: T.g04, row });
  }
  pkg.generalBudgetExpenditure.forEach((r, i) =>
    amounts(`generalBudgetExpenditure[${i}]`, r, GBE, { table: "g05", place: T.g05, row: functionalRow(codes, r.code) }),
  );
  for (const blockKey of ["personnel", "public"] as const) {
    const column = blockKey === "personnel" ? "人员经费决算数" : "公用经费决算数";
    pkg.basicExpenditure[blockKey].forEach((r, i) =>
      out.push({ path: `basicExpenditure.${blockKey}[${i}].amount`, kind: "amount", value: r.amount, table: "g06", place: T.g06, row: economicRow(codes, r.code), column }),
    );
  }
  amounts("threePublic.budget", pkg.threePublic.budget, THREE, { table: "g07", place: T.g07, row: "预算数" }, (l) => `预算数 ${l}`);
  amounts("threePublic.actual", pkg.threePublic.actual, THREE, { table: "g07", place: T.g07, row: "决算数" }, (l) => `决算数 ${l}`);
  for (const key of Object.keys(COUNTS) as (keyof typeof COUNTS)[]) {
    out.push({ path: `threePublic.${key}`, kind: "count", value: pkg.threePublic[key], place: PART3_7, row: "", column: COUNTS[key] });
  }
  pkg.governmentFund.forEach((r, i) => amounts(`governmentFund[${i}]`, r, GF, { table: "g08", place: T.g08, row: functionalRow(codes, r.code) }));
  pkg.stateCapital.forEach((r, i) => amounts(`stateCapital[${i}]`, r, SC, { table: "g09", place: T.g09, row: functionalRow(codes, r.code) }));
  if (pkg.priorYear) {
    const p = pkg.priorYear;
    const place = "上年数";
    out.push({ path: "priorYear.grandTotal", kind: "amount", value: p.grandTotal, place, row: "", column: "上年收支总计" });
    out.push({ path: "priorYear.fiscalGrandTotal", kind: "amount", value: p.fiscalGrandTotal, place, row: "", column: "上年财政拨款收支总计" });
    out.push({ path: "priorYear.generalBudgetExpenditure", kind: "amount", value: p.generalBudgetExpenditure, place, row: "", column: "上年一般公共预算财政拨款支出" });
    amounts("priorYear.threePublicActual", p.threePublicActual, THREE, { place, row: "" }, (l) => `上年${l}`);
    out.push({ path: "priorYear.operatingCosts", kind: "amount", value: p.operatingCosts, place, row: "", column: "上年机关运行经费" });
  }
  const om = pkg.otherMatters;
  out.push({ path: "otherMatters.operatingCosts.actual", kind: "amount", value: om.operatingCosts.actual, place: PART3_11, row: "", column: "机关运行经费决算数" });
  out.push({ path: "otherMatters.operatingCosts.budget", kind: "amount", value: om.operatingCosts.budget, place: PART3_11, row: "", column: "机关运行经费年初预算数" });
  out.push({ path: "otherMatters.meetingCosts", kind: "amount", value: om.meetingCosts, place: PART3_11, row: "", column: "会议费" });
  out.push({ path: "otherMatters.trainingCosts", kind: "amount", value: om.trainingCosts, place: PART3_11, row: "", column: "培训费" });
  amounts("otherMatters.procurement", om.procurement, PROCUREMENT, { place: PART3_11, row: "" });
  for (const key of Object.keys(ASSETS) as (keyof typeof ASSETS)[]) {
    out.push({ path: `otherMatters.assets.${key}`, kind: "count", value: om.assets[key], place: PART3_11, row: "", column: ASSETS[key] });
  }
  return out;
}
