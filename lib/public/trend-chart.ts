/**
 * The unit page's "key figures over the years" chart: one group per headline figure, one bar
 * per published year (oldest first), with the year-on-year change of each in the description.
 */
import type { KeyFigures } from "@/lib/disclosure/model";
import { formatWanNarrative, formatWanTable } from "@/lib/disclosure/money";
import type { ChartSpec } from "./chart-data";
import { HEADLINE_FIGURES, headlineValue } from "./key-figures";

export function trendChart(years: { year: number; figures: KeyFigures }[]): ChartSpec {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  return {
    id: "trend",
    title: "主要指标历年变化",
    description:
      sorted.length === 0
        ? "暂无已公开的年度。"
        : HEADLINE_FIGURES.map(
            (h) => `${h.label}：` + sorted.map((y) => `${y.year}年${formatWanNarrative(headlineValue(y.figures, h.key))}万元`).join("，"),
          ).join("；") + "。",
    kind: "groupedBar",
    series: sorted.map((y) => ({ key: `y${y.year}`, label: `${y.year}年` })),
    rows: HEADLINE_FIGURES.map((h) => {
      const texts: Record<string, string> = {};
      for (const y of sorted) {
        texts[`y${y.year}`] = formatWanTable(headlineValue(y.figures, h.key));
      }
      return { label: h.label, texts };
    }),
  };
}
