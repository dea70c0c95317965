/**
 * What the report's charts show, built on the server from the core's key figures: each chart's
 * rows as display texts (the core's 万元 formatting) for its 表格 and a text description. The
 * drawing itself reads those table cells in the browser (components/public/charts/chart-island.tsx),
 * so the figures travel once, as the table.
 */
import type { PriorFigures } from "@/lib/disclosure/figures";
import type { KeyFigures } from "@/lib/disclosure/model";
import { formatShare, formatWanNarrative, formatWanTable, type Fen } from "@/lib/disclosure/money";
import { HEADLINE_FIGURES, headlineValue, priorHeadlineValue } from "./key-figures";

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartRow {
  label: string;
  /** The same values as the tables print them (万元, two decimals). */
  texts: Record<string, string>;
}

export interface ChartSpec {
  id: string;
  title: string;
  description: string;
  kind: "bar" | "groupedBar";
  series: ChartSeries[];
  rows: ChartRow[];
}

function row(label: string, amounts: Record<string, Fen>): ChartRow {
  const texts: Record<string, string> = {};
  for (const [k, v] of Object.entries(amounts)) texts[k] = formatWanTable(v);
  return { label, texts };
}

function shareChart(id: string, title: string, total: { label: string; amount: Fen }, parts: { label: string; amount: Fen }[]): ChartSpec {
  const nonZero = parts.filter((p) => p.amount !== 0n);
  const description =
    nonZero.length === 0
      ? "无数据。"
      : `${total.label}${formatWanNarrative(total.amount)}万元，其中` +
        nonZero.map((p) => `${p.label}${formatWanNarrative(p.amount)}万元，占${formatShare(p.amount, total.amount)}`).join("；") +
        "。";
  return { id, title, description, kind: "bar", series: [{ key: "amount", label: "金额" }], rows: parts.map((p) => row(p.label, { amount: p.amount })) };
}

export function reportCharts(f: KeyFigures, prior: PriorFigures | null, year: number): ChartSpec[] {
  const charts: ChartSpec[] = [
    shareChart("income", "本年收入按来源", { label: "本年收入合计", amount: f.incomeTotal }, f.incomeBySource.map((s) => ({ label: s.label, amount: s.amount }))),
    shareChart("by-class", "一般公共预算财政拨款支出按功能分类（类）", { label: "一般公共预算财政拨款支出", amount: f.generalBudgetExpenditure }, f.generalBudgetByClass.map((c) => ({ label: c.name, amount: c.amount }))),
    shareChart("basic-project", "基本支出与项目支出", { label: "本年支出合计", amount: f.expenditureTotal }, [
      { label: "基本支出", amount: f.basicExpenditure },
      { label: "项目支出", amount: f.projectExpenditure },
    ]),
    shareChart("personnel-public", "基本支出中的人员经费与公用经费", { label: "基本支出", amount: f.basicExpenditure }, [
      { label: "人员经费", amount: f.personnelCosts },
      { label: "公用经费", amount: f.publicCosts },
    ]),
    {
      id: "three-public",
      title: "“三公”经费预算数与决算数",
      description:
        `“三公”经费预算${formatWanNarrative(f.threePublicBudget)}万元，决算${formatWanNarrative(f.threePublicActual)}万元。` +
        f.threePublicItems.map((i) => `${i.label}：预算${formatWanNarrative(i.budget)}万元，决算${formatWanNarrative(i.actual)}万元`).join("；") +
        "。",
      kind: "groupedBar",
      series: [
        { key: "budget", label: "预算数" },
        { key: "actual", label: "决算数" },
      ],
      rows: f.threePublicItems.map((i) => row(i.label, { budget: i.budget, actual: i.actual })),
    },
  ];
  if (prior) {
    charts.push({
      id: "year-on-year",
      title: `主要指标：${year - 1}年与${year}年`,
      description: HEADLINE_FIGURES.map(
        (h) => `${h.label}${year - 1}年${formatWanNarrative(priorHeadlineValue(prior, h.key))}万元，${year}年${formatWanNarrative(headlineValue(f, h.key))}万元`,
      ).join("；") + "。",
      kind: "groupedBar",
      series: [
        { key: "prior", label: `${year - 1}年` },
        { key: "current", label: `${year}年` },
      ],
      rows: HEADLINE_FIGURES.map((h) => row(h.label, { prior: priorHeadlineValue(prior, h.key), current: headlineValue(f, h.key) })),
    });
  }
  return charts;
}
