/**
 * 公开06 一般公共预算财政拨款基本支出决算表: two blocks side by side, 人员经费 | 公用经费, each with
 * 科目编码, 科目名称, 决算数. Each block lists the economic 类 (301, 302, …, computed as the sum of
 * its 款) followed by the 款 entered under it, in code order; the last line carries 人员经费合计 and
 * 公用经费合计 (the official table prints them at the bottom). A 款 is shown in the block it was
 * entered in, even when its code belongs to the other block: R2 reports that, the table must not
 * silently move money between the two totals.
 */
import type { CodeSet } from "../codes";
import { economicName } from "../codes";
import type { Fen } from "../money";
import type { CellValue, DisclosureTable, RowBlock, TableRow } from "../model";
import type { TEconomicRow, TPackage } from "../package";
import { emptyNote } from "./notes";
import { rollUp, type RolledRow } from "./rollup";
import { col, hc, makeTable, yuan } from "./shared";

function block(rows: readonly TEconomicRow[], codes: CodeSet | null): { total: Fen; lines: RolledRow[] } {
  const spec = { parents: [{ level: "类" as const, length: 3 }], leafLevel: "款" as const, name: (c: string) => economicName(codes, c) };
  const { total, rows: lines } = rollUp(
    rows.map((r) => ({ code: r.code, amounts: [yuan(r.amount)] })),
    1,
    spec,
  );
  return { total: total[0], lines };
}

export function buildTable06(pkg: TPackage, codes: CodeSet | null): DisclosureTable {
  const personnel = block(pkg.basicExpenditure.personnel, codes);
  const publicCosts = block(pkg.basicExpenditure.public, codes);
  const rows: TableRow[] = [];
  const count = Math.max(personnel.lines.length, publicCosts.lines.length);
  for (let i = 0; i < count; i++) {
    const values: CellValue[] = [];
    const blocks: (RowBlock | null)[] = [];
    for (const side of [personnel.lines[i], publicCosts.lines[i]]) {
      values.push(side?.code ?? null, side?.name ?? null, side?.amounts[0] ?? null);
      blocks.push(side ? { level: side.level, code: side.code, name: side.name } : null);
    }
    rows.push({ level: "item", values, blocks });
  }
  if (count > 0) {
    rows.push({
      level: "合计",
      values: [null, "人员经费合计", personnel.total, null, "公用经费合计", publicCosts.total],
      blocks: [
        { level: "合计", name: "人员经费合计" },
        { level: "合计", name: "公用经费合计" },
      ],
    });
  }
  const columns = [
    col("personnelCode", "科目编码", "code"),
    col("personnelName", "科目名称", "text"),
    col("personnelAmount", "决算数", "amount"),
    col("publicCode", "科目编码", "code"),
    col("publicName", "科目名称", "text"),
    col("publicAmount", "决算数", "amount"),
  ];
  const shape = {
    key: "g06" as const,
    id: "公开06",
    title: "一般公共预算财政拨款基本支出决算表",
    columns,
    headerRows: [[hc("人员经费", 3), hc("公用经费", 3)], columns.map((c) => hc(c.label))],
  };
  return makeTable(shape, rows, emptyNote("g06", pkg.year));
}
