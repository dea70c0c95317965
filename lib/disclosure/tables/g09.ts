/** 公开09 国有资本经营预算财政拨款支出决算表: 本年支出 (合计/基本/项目) by functional code. */
import type { CodeSet } from "../codes";
import type { DisclosureTable } from "../model";
import type { TPackage } from "../package";
import { CODE_COLUMNS, CODE_HEADERS, ITEM_HEADER, codedTable, entry } from "./coded";
import { emptyNote } from "./notes";
import { col, hc, yuan } from "./shared";

export function buildTable09(pkg: TPackage, codes: CodeSet | null): DisclosureTable {
  const columns = [...CODE_COLUMNS, col("total", "合计", "amount"), col("basic", "基本支出", "amount"), col("project", "项目支出", "amount")];
  const entries = pkg.stateCapital.map((r) => {
    const basic = yuan(r.basic);
    const project = yuan(r.project);
    return entry(r.code, [basic + project, basic, project]);
  });
  const shape = {
    key: "g09" as const,
    id: "公开09",
    title: "国有资本经营预算财政拨款支出决算表",
    columns,
    headerRows: [
      [ITEM_HEADER, hc("本年支出", 3, 1)],
      [...CODE_HEADERS, hc("合计"), hc("基本支出"), hc("项目支出")],
    ],
  };
  return codedTable(shape, entries, 3, codes, emptyNote("g09", pkg.year));
}
