/**
 * 数据分析's chart of one aggregate: one bar per group, or two (决算数, 预算数) for a measure that
 * answers both, figures as the tables print them (万元).
 */
import { formatWanNarrative, formatWanTable, parseYuan } from "@/lib/disclosure/money";
import type { AggregateFigure } from "@/lib/public/api/aggregates";
import type { ChartSpec } from "./chart-data";

export interface AggregateChartLabels {
  amountLabel: string;
  budgetLabel: string;
}

export function aggregateChart(
  title: string,
  groups: (AggregateFigure & { key: string; name: string; budget?: AggregateFigure })[],
  labels?: AggregateChartLabels,
): ChartSpec {
  const wan = (text: string) => formatWanNarrative(parseYuan(text));
  const describe = (g: (typeof groups)[number]) =>
    labels && g.budget ? `${g.name}${labels.amountLabel}${wan(g.amount)}万元、${labels.budgetLabel}${wan(g.budget.amount)}万元` : `${g.name}${wan(g.amount)}万元`;
  return {
    id: "aggregate",
    title,
    description: groups.length === 0 ? "没有数据。" : `${groups.map(describe).join("，")}。`,
    kind: labels ? "groupedBar" : "bar",
    series: labels
      ? [
          { key: "amount", label: `${labels.amountLabel}（万元）` },
          { key: "budget", label: `${labels.budgetLabel}（万元）` },
        ]
      : [{ key: "amount", label: "金额（万元）" }],
    rows: groups.map((g) => ({
      label: g.name,
      texts: { amount: formatWanTable(parseYuan(g.amount)), ...(labels && g.budget ? { budget: formatWanTable(parseYuan(g.budget.amount)) } : {}) },
    })),
  };
}
