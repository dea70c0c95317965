/**
 * The two-sided summary tables (公开01, 公开04): an income side and an expenditure side printed
 * next to each other, each line with 项目, 行次 and amounts. As in the official tables the item
 * lines of both sides start at the top, and the closing lines are aligned pairwise at the bottom
 * (本年收入合计 | 本年支出合计 … 总计 | 总计), so a side shorter than the other leaves blank cells.
 *
 * 行次 numbers the income side's lines 1…n top to bottom, then the expenditure side's lines
 * n+1… (the official forms also number the two sides in one sequence).
 */
import type { CodeSet } from "../codes";
import { functionalName } from "../codes";
import type { Fen } from "../money";
import type { CellValue, RowBlock, RowLevel, TableRow } from "../model";
import { UNKNOWN_NAME, chineseNumeral, col, yuan } from "./shared";
import type { TableColumn } from "../model";

export interface SideLine {
  label: string;
  level: RowLevel; // "item" or "合计"
  code?: string;
  amounts: Fen[];
}

export function line(label: string, amounts: Fen[], level: RowLevel = "item", code?: string): SideLine {
  const l: SideLine = { label, level, amounts };
  if (code !== undefined) l.code = code;
  return l;
}

type Pair = [SideLine | null, SideLine | null];

/** Zips the top lines of both sides, then appends the aligned bottom pairs, numbering 行次. */
export function sideBySide(leftTop: SideLine[], rightTop: SideLine[], bottom: Pair[], widths: [number, number]): TableRow[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < Math.max(leftTop.length, rightTop.length); i++) pairs.push([leftTop[i] ?? null, rightTop[i] ?? null]);
  pairs.push(...bottom);

  const lineNo = new Map<SideLine, string>();
  let n = 0;
  for (const side of [0, 1] as const) for (const p of pairs) if (p[side]) lineNo.set(p[side]!, String(++n));

  return pairs.map((pair) => {
    const values: CellValue[] = [];
    const blocks: (RowBlock | null)[] = [];
    pair.forEach((l, side) => {
      if (l) {
        values.push(l.label, lineNo.get(l)!, ...l.amounts);
        const b: RowBlock = { level: l.level, name: l.label };
        if (l.code !== undefined) b.code = l.code;
        blocks.push(b);
      } else {
        values.push(null, null, ...new Array<null>(widths[side]).fill(null));
        blocks.push(null);
      }
    });
    const level: RowLevel = pair.some((l) => l?.level === "合计") ? "合计" : "item";
    return { level, values, blocks };
  });
}

/**
 * One line per functional 类 that has an entered row, in code order, labelled 一、… as the
 * official tables label them, with the amounts summed per 类 (`amountsOf` gives each row's).
 */
export function classLines<T extends { code: string }>(
  groups: readonly (readonly T[])[],
  amountsOf: (row: T, group: number) => Fen[],
  width: number,
  codes: CodeSet | null,
): SideLine[] {
  const byClass = new Map<string, Fen[]>();
  groups.forEach((rows, g) => {
    for (const row of rows) {
      const cls = row.code.slice(0, 3);
      let acc = byClass.get(cls);
      if (!acc) byClass.set(cls, (acc = new Array<Fen>(width).fill(0n)));
      const amounts = amountsOf(row, g);
      for (let i = 0; i < width; i++) acc[i] += amounts[i];
    }
  });
  return [...byClass.keys()]
    .sort()
    .map((cls, i) => line(`${chineseNumeral(i + 1)}、${functionalName(codes, cls) ?? UNKNOWN_NAME}`, byClass.get(cls)!, "item", cls));
}

export { yuan };

/** The leading columns of a two-sided summary table (公开01, 公开04): the income side, then the expenditure side's 项目 and 行次. */
export function sidesLeadingColumns(): TableColumn[] {
  return [
    col("incomeItem", "项目", "text"),
    col("incomeLineNo", "行次", "lineNo"),
    col("incomeAmount", "金额", "amount"),
    col("expenditureItem", "项目", "text"),
    col("expenditureLineNo", "行次", "lineNo"),
  ];
}
