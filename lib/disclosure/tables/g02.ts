/** 公开02 收入决算表: income by functional code, one column per source. */
import type { CodeSet } from "../codes";
import type { DisclosureTable } from "../model";
import type { TPackage } from "../package";
import { CODE_COLUMNS, CODE_HEADERS, ITEM_HEADER, codedTable, entry } from "./coded";
import { emptyNote } from "./notes";
import { col, hc, yuan } from "./shared";

const SOURCES = [
  col("fiscal", "财政拨款收入", "amount"),
  col("superiorSubsidy", "上级补助收入", "amount"),
  col("business", "事业收入", "amount"),
  col("operating", "经营收入", "amount"),
  col("subsidiaryRemittance", "附属单位上缴收入", "amount"),
  col("other", "其他收入", "amount"),
];

export function buildTable02(pkg: TPackage, codes: CodeSet | null): DisclosureTable {
  const columns = [...CODE_COLUMNS, col("total", "本年收入合计", "amount"), ...SOURCES];
  const entries = pkg.income.map((r) => {
    const parts = [r.fiscal, r.superiorSubsidy, r.business, r.operating, r.subsidiaryRemittance, r.other].map(yuan);
    const total = parts.reduce((a, b) => a + b, 0n);
    return entry(r.code, [total, ...parts]);
  });
  const shape = {
    key: "g02" as const,
    id: "公开02",
    title: "收入决算表",
    columns,
    headerRows: [[ITEM_HEADER, ...columns.slice(2).map((c) => hc(c.label, 1, 2))], CODE_HEADERS],
  };
  return codedTable(shape, entries, 7, codes, emptyNote("g02", pkg.year));
}
