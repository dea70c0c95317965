/** 公开03 支出决算表: expenditure by functional code, one column per kind of spending. */
import type { CodeSet } from "../codes";
import type { DisclosureTable } from "../model";
import type { TPackage } from "../package";
import { CODE_COLUMNS, CODE_HEADERS, ITEM_HEADER, codedTable, entry } from "./coded";
import { emptyNote } from "./notes";
import { col, hc, yuan } from "./shared";

const KINDS = [
  col("basic", "基本支出", "amount"),
  col("project", "项目支出", "amount"),
  col("remittedToSuperior", "上缴上级支出", "amount"),
  col("operating", "经营支出", "amount"),
  col("subsidiaryGrants", "对附属单位补助支出", "amount"),
];

export function buildTable03(pkg: TPackage, codes: CodeSet | null): DisclosureTable {
  const columns = [...CODE_COLUMNS, col("total", "本年支出合计", "amount"), ...KINDS];
  const entries = pkg.expenditure.map((r) => {
    const parts = [r.basic, r.project, r.remittedToSuperior, r.operating, r.subsidiaryGrants].map(yuan);
    return entry(r.code, [parts.reduce((a, b) => a + b, 0n), ...parts]);
  });
  const shape = {
    key: "g03" as const,
    id: "公开03",
    title: "支出决算表",
    columns,
    headerRows: [[ITEM_HEADER, ...columns.slice(2).map((c) => hc(c.label, 1, 2))], CODE_HEADERS],
  };
  return codedTable(shape, entries, 6, codes, emptyNote("g03", pkg.year));
}
