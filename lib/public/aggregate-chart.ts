/** 数据分析's chart of one aggregate: one bar per group, figures as the tables print them (万元). */
import { formatWanNarrative, formatWanTable, parseYuan } from "@/lib/disclosure/money";
import type { ChartSpec } from "./chart-data";

export function aggregateChart(title: string, groups: { key: string; name: string; amount: string }[]): ChartSpec {
  return {
    id: "aggregate",
    title,
    description: groups.length === 0 ? "没有数据。" : `${groups.map((g) => `${g.name}${formatWanNarrative(parseYuan(g.amount))}万元`).join("，")}。`,
    kind: "bar",
    series: [{ key: "amount", label: "金额（万元）" }],
    rows: groups.map((g) => ({ label: g.name, texts: { amount: formatWanTable(parseYuan(g.amount)) } })),
  };
}
