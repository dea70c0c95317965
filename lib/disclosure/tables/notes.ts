/**
 * The line published in place of an empty table's data, one per table, in the wording of the
 * example in DISCLOSURE.md (本单位{年}年度没有…，故本表无数据。).
 */
import type { TableKey } from "../model";

const NOTES: Record<TableKey, (year: number) => string> = {
  g01: (y) => `本单位${y}年度没有收入，也没有支出，故本表无数据。`,
  g02: (y) => `本单位${y}年度没有收入，故本表无数据。`,
  g03: (y) => `本单位${y}年度没有支出，故本表无数据。`,
  g04: (y) => `本单位${y}年度没有财政拨款收入，也没有使用财政拨款安排的支出，故本表无数据。`,
  g05: (y) => `本单位${y}年度没有一般公共预算财政拨款支出，故本表无数据。`,
  g06: (y) => `本单位${y}年度没有一般公共预算财政拨款基本支出，故本表无数据。`,
  g07: (y) => `本单位${y}年度没有使用一般公共预算财政拨款安排的“三公”经费，故本表无数据。`,
  g08: (y) => `本单位${y}年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。`,
  g09: (y) => `本单位${y}年度没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。`,
};

export function emptyNote(key: TableKey, year: number): string {
  return NOTES[key](year);
}
