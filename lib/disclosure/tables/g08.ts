/** 公开08 政府性基金预算财政拨款收入支出决算表: carryovers, income and spending (小计/基本/项目) by code. */
import type { CodeSet } from "../codes";
import type { DisclosureTable } from "../model";
import type { TPackage } from "../package";
import { CODE_COLUMNS, CODE_HEADERS, ITEM_HEADER, codedTable, entry } from "./coded";
import { emptyNote } from "./notes";
import { col, hc, yuan } from "./shared";

export function buildTable08(pkg: TPackage, codes: CodeSet | null): DisclosureTable {
  const columns = [
    ...CODE_COLUMNS,
    col("openingCarryover", "年初结转和结余", "amount"),
    col("income", "本年收入", "amount"),
    col("expenditure", "小计", "amount"),
    col("basic", "基本支出", "amount"),
    col("project", "项目支出", "amount"),
    col("closingCarryover", "年末结转和结余", "amount"),
  ];
  const entries = pkg.governmentFund.map((r) => {
    const basic = yuan(r.basic);
    const project = yuan(r.project);
    return entry(r.code, [yuan(r.openingCarryover), yuan(r.income), basic + project, basic, project, yuan(r.closingCarryover)]);
  });
  const shape = {
    key: "g08" as const,
    id: "公开08",
    title: "政府性基金预算财政拨款收入支出决算表",
    columns,
    headerRows: [
      [ITEM_HEADER, hc("年初结转和结余", 1, 2), hc("本年收入", 1, 2), hc("本年支出", 3, 1), hc("年末结转和结余", 1, 2)],
      [...CODE_HEADERS, hc("小计"), hc("基本支出"), hc("项目支出")],
    ],
  };
  return codedTable(shape, entries, 6, codes, emptyNote("g08", pkg.year));
}
