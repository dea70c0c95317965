/** /compare's chart of several units in one year: one group per headline figure, one bar per unit. */
import type { KeyFigures } from "@/lib/disclosure/model";
import { formatWanNarrative, formatWanTable } from "@/lib/disclosure/money";
import type { ChartSpec } from "./chart-data";
import { HEADLINE_FIGURES, headlineValue } from "./key-figures";

export function unitsChart(year: number, units: { name: string; demo: boolean; figures: KeyFigures }[]): ChartSpec {
  const label = (u: (typeof units)[number]) => (u.demo && !u.name.includes("示例") ? `${u.name}（示例数据）` : u.name);
  return {
    id: "units",
    title: `${year}年度主要指标对比`,
    description:
      HEADLINE_FIGURES.map((h) => `${h.label}：` + units.map((u) => `${label(u)}${formatWanNarrative(headlineValue(u.figures, h.key))}万元`).join("，")).join("；") + "。",
    kind: "groupedBar",
    series: units.map((u, i) => ({ key: `u${i}`, label: label(u) })),
    rows: HEADLINE_FIGURES.map((h) => ({
      label: h.label,
      texts: Object.fromEntries(units.map((u, i) => [`u${i}`, formatWanTable(headlineValue(u.figures, h.key))])),
    })),
  };
}
