/**
 * Every amount and count a clerk enters, with its JSON path and where it shows up (table, line,
 * column, in Chinese). Rule R1 walks this list.
 */
import type { CodeSet } from "../codes";
import type { TableKey } from "../model";
import type { TPackage } from "../package";
import { fieldEntry } from "../fields/catalog";
import { ASSETS, BALANCES, COUNTS, ECONOMIC, EXPENDITURE, FUNDS, GBE, GF, INCOME, PART3_11, PART3_7, PROCUREMENT, SC, T, THREE } from "./labels";
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
  for (const [key, row] of [
    ["income", "本年收入"],
    ["openingCarryover", "年初财政拨款结转和结余"],
    ["closingCarryover", "年末财政拨款结转和结余"],
  ] as const) {
    amounts(`fiscal.${key}`, pkg.fiscal[key], FUNDS, { table: "g04", place: T.g04, row });
  }
  pkg.generalBudgetExpenditure.forEach((r, i) =>
    amounts(`generalBudgetExpenditure[${i}]`, r, GBE, { table: "g05", place: T.g05, row: functionalRow(codes, r.code) }),
  );
  for (const blockKey of ["personnel", "public"] as const) {
    const column = ECONOMIC[blockKey];
    pkg.basicExpenditure[blockKey].forEach((r, i) =>
      out.push({
        path: `basicExpenditure.${blockKey}[${i}].amount`,
        kind: "amount",
        value: r.amount,
        table: "g06",
        place: T.g06,
        row: economicRow(codes, r.code),
        column,
      }),
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
    const last = (key: "grandTotal" | "fiscalGrandTotal" | "generalBudgetExpenditure" | "operatingCosts") =>
      out.push({ path: `priorYear.${key}`, kind: "amount", value: p[key], place, row: "", column: `上年${fieldEntry(`priorYear.${key}`).label}` });
    last("grandTotal");
    last("fiscalGrandTotal");
    last("generalBudgetExpenditure");
    amounts("priorYear.threePublicActual", p.threePublicActual, THREE, { place, row: "" }, (l) => `上年${l}`);
    last("operatingCosts");
  }
  const om = pkg.otherMatters;
  const other = (
    path: "otherMatters.operatingCosts.actual" | "otherMatters.operatingCosts.budget" | "otherMatters.meetingCosts" | "otherMatters.trainingCosts",
    value: string,
  ) => out.push({ path, kind: "amount", value, place: PART3_11, row: "", column: fieldEntry(path).label });
  other("otherMatters.operatingCosts.actual", om.operatingCosts.actual);
  other("otherMatters.operatingCosts.budget", om.operatingCosts.budget);
  other("otherMatters.meetingCosts", om.meetingCosts);
  other("otherMatters.trainingCosts", om.trainingCosts);
  amounts("otherMatters.procurement", om.procurement, PROCUREMENT, { place: PART3_11, row: "" });
  for (const key of Object.keys(ASSETS) as (keyof typeof ASSETS)[]) {
    out.push({ path: `otherMatters.assets.${key}`, kind: "count", value: om.assets[key], place: PART3_11, row: "", column: ASSETS[key] });
  }
  return out;
}
