/**
 * 公开05 一般公共预算财政拨款支出决算表: 合计 = 基本支出 + 项目支出 by functional code. The 年初预算
 * entered with each line is not a column of the published table (it feeds Part 3 §5 and the checks).
 */
import type { CodeSet } from "../codes";
import type { DisclosureTable } from "../model";
import type { TPackage } from "../package";
import { CODE_COLUMNS, CODE_HEADERS, ITEM_HEADER, codedTable, entry } from "./coded";
import { emptyNote } from "./notes";
import { col, hc, yuan } from "./shared";

export function buildTable05(pkg: TPackage, codes: CodeSet | null): DisclosureTable {
  const columns = [...CODE_COLUMNS, col("total", "合计", "amount"), col("basic", "基本支出", "amount"), col("project", "项目支出", "amount")];
  const entries = pkg.generalBudgetExpenditure.map((r) => {
    const basic = yuan(r.basic);
    const project = yuan(r.project);
    return entry(r.code, [basic + project, basic, project]);
  });
  const shape = {
    key: "g05" as const,
    id: "公开05",
    title: "一般公共预算财政拨款支出决算表",
    columns,
    headerRows: [[ITEM_HEADER, ...columns.slice(2).map((c) => hc(c.label, 1, 2))], CODE_HEADERS],
  };
  return codedTable(shape, entries, 3, codes, emptyNote("g05", pkg.year));
}
