"use client";
/**
 * A client island that draws a chart from its own 表格 once it scrolls into view. It receives no
 * data: the figures are read from the server-rendered table next to it (so they are sent once),
 * and the recharts chunk is fetched on demand (next/dynamic, no SSR) — a reader who never
 * scrolls to the charts, or prints, never downloads it.
 */
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { ChartData } from "./spec-chart";

const SpecChart = dynamic(() => import("./spec-chart"), { ssr: false, loading: () => <p className="muted">图表加载中…</p> });

/**
 * The table's 万元 texts (the core's two-decimal formatting) as numbers: the chart edge, the only
 * place an amount becomes a JS number, used to draw bars and never shown or summed.
 */
function readTable(table: HTMLTableElement): ChartData {
  const series = [...table.tHead!.rows[0].cells].slice(1).map((c) => c.textContent ?? "");
  const rows = [...table.tBodies[0].rows].map((tr) => ({
    label: tr.cells[0].textContent ?? "",
    values: [...tr.cells].slice(1).map((c) => Number(c.textContent)),
  }));
  return { series, rows };
}

export function ChartIsland({ tableId }: { tableId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [data, setData] = useState<ChartData | null>(null);
  useEffect(() => {
    const el = ref.current;
    const table = document.getElementById(tableId);
    if (!el || !(table instanceof HTMLTableElement)) return;
    const show = () => setData(readTable(table));
    if (typeof IntersectionObserver === "undefined") return show();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          show();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [tableId]);
  return (
    <div ref={ref} style={{ minHeight: 160 }}>
      {data ? <SpecChart data={data} /> : null}
    </div>
  );
}
