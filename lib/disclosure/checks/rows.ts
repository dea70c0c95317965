/** How a check names a table line: `科目2012901（行政运行）`, falling back to the entry number. */
import { economicName, functionalName, type CodeSet } from "../codes";

export function functionalRow(codes: CodeSet | null, code: string): string {
  const name = functionalName(codes, code);
  return name ? `科目${code}（${name}）` : `科目${code}`;
}

export function economicRow(codes: CodeSet | null, code: string): string {
  const name = economicName(codes, code);
  return name ? `科目${code}（${name}）` : `科目${code}`;
}

/** 1-based, as the clerk counts the lines of an editor table. */
export function entryRow(index: number): string {
  return `第${index + 1}行`;
}
