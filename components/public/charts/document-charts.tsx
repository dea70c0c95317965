/** Draws the charts of a published report document into their placeholders (see document-chart-loader.ts). */
import { createRoot } from "react-dom/client";
import { readChartTable } from "./read-chart-table";
import SpecChart from "./spec-chart";

export function mountCharts(placeholders: HTMLElement[]): void {
  for (const el of placeholders) {
    const table = document.getElementById(el.dataset.chartFor ?? "");
    if (table instanceof HTMLTableElement) createRoot(el).render(<SpecChart data={readChartTable(table)} />);
  }
}
