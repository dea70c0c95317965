/**
 * 五、一般公共预算财政拨款支出决算情况说明 (公开05):
 * （一）total, share of 本年支出合计, change against last year, reason;
 * （二）each 类 with spending and its share;
 * （三）budget vs actual in total, then every row with a budget or spending, numbered.
 */
import { functionalParents } from "../codes";
import type { NarrativeBlock, NarrativeSection } from "../model";
import { parseYuan, type Fen } from "../money";
import type { TGeneralBudgetRow } from "../package";
import { byCode, classLabel, itemPath, type SectionInput, section, yearLabel } from "./context";
import { becauseClause, budgetComparisonPhrase, changed, completionPhrase, heading, paragraph, share, subsectionMark, wan, yearOnYearPhrase } from "./phrases";

export const SECTION_05_TITLE = "一般公共预算财政拨款支出决算情况说明";
const SUBJECT = "一般公共预算财政拨款支出";

interface Row {
  code: string;
  budget: Fen;
  actual: Fen;
  reason: string | undefined;
}

function toRow(r: TGeneralBudgetRow): Row {
  return { code: r.code, budget: parseYuan(r.budget), actual: parseYuan(r.basic) + parseYuan(r.project), reason: r.varianceReason };
}

/** Spending per 类, in code order, only 类 with non-zero spending. */
export function spendingByClass(rows: readonly Row[]): { code: string; amount: Fen }[] {
  const byClass = new Map<string, Fen>();
  for (const row of rows) {
    const { classCode } = functionalParents(row.code);
    byClass.set(classCode, (byClass.get(classCode) ?? 0n) + row.actual);
  }
  return [...byClass.entries()]
    .map(([code, amount]) => ({ code, amount }))
    .filter((c) => c.amount !== 0n)
    .sort(byCode);
}

/**
 * The order of the numbered items in （三）, inferred from the reference: 类 in code order; within
 * a 类 first the rows that were spent (in code order, as 公开05 lists them), then the rows that
 * had a budget but no spending (not in 公开05, appended after their 类). The reference lists
 * 2012999 (budget 42, spent 0) after 2013801 and before 212…, which only this order explains.
 */
export function orderItems(rows: readonly Row[]): Row[] {
  const listed = rows.filter((r) => r.budget !== 0n || r.actual !== 0n);
  const classOf = (r: Row) => functionalParents(r.code).classCode;
  return [...listed].sort((a, b) => {
    if (classOf(a) !== classOf(b)) return classOf(a) < classOf(b) ? -1 : 1;
    const spentA = a.actual !== 0n ? 0 : 1;
    const spentB = b.actual !== 0n ? 0 : 1;
    return spentA !== spentB ? spentA - spentB : byCode(a, b);
  });
}

/**
 * One item's paragraph. Punctuation rule inferred from the reference: a row that was spent ends
 * with `；` (the list goes on), a row with a budget and no spending ends with `。` (the reference's
 * item 7). That is the only rule that reproduces the reference exactly: its last item (a spent row)
 * ends with `；` and its one unspent row with `。`.
 */
export function itemParagraph(row: Row): string {
  const parts = [`年初预算为${wan(row.budget)}`, `支出决算为${wan(row.actual)}`];
  const completion = completionPhrase(row.budget, row.actual);
  if (completion !== null) parts.push(completion);
  parts.push(budgetComparisonPhrase(row.budget, row.actual, row.reason));
  return `${parts.join("，")}${row.actual === 0n ? "。" : "；"}`;
}

export function section05({ pkg, totals: t, codes, prior }: SectionInput): NarrativeSection {
  const year = yearLabel(pkg);
  const rows = pkg.generalBudgetExpenditure.map(toRow);
  const gb = t.generalBudget;
  const blocks: NarrativeBlock[] = [];

  // （一）
  blocks.push(heading(`${subsectionMark(1)}一般公共预算财政拨款支出决算总体情况`));
  const priorGb = prior?.generalBudgetExpenditure ?? null;
  const yoy = yearOnYearPhrase(gb.total, priorGb, SUBJECT);
  const because = changed(gb.total, priorGb) ? becauseClause(pkg.reasons.generalBudgetChange) : "";
  blocks.push(
    paragraph(`${year}${SUBJECT}${wan(gb.total)}，占本年支出合计的${share(gb.total, t.expenditureTotal)}` + `${yoy === null ? "" : `，${yoy}${because}`}。`),
  );

  // （二）
  blocks.push(heading(`${subsectionMark(2)}一般公共预算财政拨款支出决算结构情况`));
  const classes = spendingByClass(rows);
  const classParts = classes.map((c) => `${classLabel(codes, c.code)}${wan(c.amount)}，占${share(c.amount, gb.total)}`);
  blocks.push(
    paragraph(
      classParts.length === 0 ? `${year}${SUBJECT}${wan(gb.total)}。` : `${year}${SUBJECT}${wan(gb.total)}，主要用于以下方面：${classParts.join("；")}。`,
    ),
  );

  // （三）
  blocks.push(heading(`${subsectionMark(3)}一般公共预算财政拨款支出决算具体情况`));
  const items = orderItems(rows);
  const head = [`${year}${SUBJECT}年初预算数为${wan(gb.budget)}`, `${SUBJECT}决算数为${wan(gb.total)}`];
  const completion = completionPhrase(gb.budget, gb.total);
  if (completion !== null) head.push(completion);
  blocks.push(paragraph(`${head.join("，")}${items.length === 0 ? "。" : "，其中："}`));
  items.forEach((row, i) => {
    blocks.push(paragraph(`${i + 1}、${itemPath(codes, row.code)}。`));
    blocks.push(paragraph(itemParagraph(row)));
  });

  return section(5, SECTION_05_TITLE, blocks);
}
