import type { ChartData } from "./spec-chart";

/**
 * A chart's figures read from its server-rendered 表格 (the core's two-decimal 万元 texts): the
 * chart edge, the only place an amount becomes a JS number, used to draw bars and never shown or summed.
 */
export function readChartTable(table: HTMLTableElement): ChartData {
  const series = [...table.tHead!.rows[0].cells].slice(1).map((c) => c.textContent ?? "");
  const rows = [...table.tBodies[0].rows].map((tr) => ({
    label: tr.cells[0].textContent ?? "",
    values: [...tr.cells].slice(1).map((c) => Number(c.textContent)),
  }));
  return { series, rows };
}

/** Calls `show` once any of `elements` comes within 200 px of the viewport (at once without IntersectionObserver). */
export function whenNearViewport(elements: Element[], show: () => void): () => void {
  if (typeof IntersectionObserver === "undefined") {
    show();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        show();
      }
    },
    { rootMargin: "200px" },
  );
  for (const el of elements) observer.observe(el);
  return () => observer.disconnect();
}
