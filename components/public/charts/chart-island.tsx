"use client";
/**
 * A client island that draws a chart from its own 表格 once it scrolls into view. It receives no
 * data: the figures are read from the server-rendered table next to it (so they are sent once),
 * and the recharts chunk is fetched on demand (next/dynamic, no SSR) — a reader who never
 * scrolls to the charts, or prints, never downloads it.
 *
 * On the published report documents, which carry no React runtime, nothing hydrates this: the
 * `data-chart-for` placeholder it renders is filled by document-chart-loader.ts instead.
 */
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { readChartTable, whenNearViewport } from "./read-chart-table";
import type { ChartData } from "./spec-chart";

const SpecChart = dynamic(() => import("./spec-chart"), { ssr: false, loading: () => <p className="muted">图表加载中…</p> });

export function ChartIsland({ tableId }: { tableId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [data, setData] = useState<ChartData | null>(null);
  useEffect(() => {
    const el = ref.current;
    const table = document.getElementById(tableId);
    if (!el || !(table instanceof HTMLTableElement)) return;
    return whenNearViewport([el], () => setData(readChartTable(table)));
  }, [tableId]);
  return (
    <div ref={ref} data-chart-for={tableId} style={{ minHeight: 160 }}>
      {data ? <SpecChart data={data} /> : null}
    </div>
  );
}
