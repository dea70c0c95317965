/**
 * The five tables listed by functional code (公开02, 03, 05, 08, 09) share one shape: 科目编码,
 * 科目名称, then amount columns; a 合计 line first (the official 部门决算 tables print 合计 at the
 * top, right under the header), then each 类, its 款 and its 项 in code order.
 *
 * Which lines appear: every 项 the clerk entered, even one whose amounts are all zero (an entered
 * line is data: e.g. a 公开05 line with a budget but no spending must stay visible, the narrative
 * numbers it), plus the 类/款 above them. Nothing is invented: with no entered line the table has
 * no rows at all and carries its empty note.
 */
import type { CodeSet } from "../codes";
import { functionalName } from "../codes";
import type { Fen } from "../money";
import type { DisclosureTable, TableRow } from "../model";
import { rollUp, type RollupEntry, type RollupSpec } from "./rollup";
import { col, hc, makeTable, type TableShape } from "./shared";

export function functionalSpec(codes: CodeSet | null): RollupSpec {
  return {
    parents: [
      { level: "类", length: 3 },
      { level: "款", length: 5 },
    ],
    leafLevel: "项",
    name: (code) => functionalName(codes, code),
  };
}

/** The 科目编码 and 科目名称 leaf columns every coded table starts with. */
export const CODE_COLUMNS = [col("code", "科目编码", "code"), col("name", "科目名称", "text")];

/** The "项目" header cell spanning the code and name columns, with 科目编码/科目名称 under it. */
export const ITEM_HEADER = hc("项目", 2, 1);
export const CODE_HEADERS = [hc("科目编码"), hc("科目名称")];

/** Rows of a coded table: 合计 first, then 类/款/项, or none when nothing was entered. */
export function codedRows(entries: readonly RollupEntry[], width: number, codes: CodeSet | null): TableRow[] {
  if (entries.length === 0) return [];
  const { total, rows } = rollUp(entries, width, functionalSpec(codes));
  const out: TableRow[] = [{ level: "合计", name: "合计", values: [null, "合计", ...total] }];
  for (const r of rows) out.push({ level: r.level, code: r.code, name: r.name, values: [r.code, r.name, ...r.amounts] });
  return out;
}

export function codedTable(shape: TableShape, entries: readonly RollupEntry[], width: number, codes: CodeSet | null, emptyNote: string): DisclosureTable {
  return makeTable(shape, codedRows(entries, width, codes), emptyNote);
}

/** Helper for builders: one entry from a code and its amounts. */
export function entry(code: string, amounts: Fen[]): RollupEntry {
  return { code, amounts };
}
