"use client";
/**
 * A client island that draws a chart only when it scrolls into view: the recharts chunk is
 * fetched on demand (next/dynamic, no SSR), so a reader who never scrolls to the charts — or
 * prints, or reads on a slow phone — never downloads it.
 */
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { ChartSpec } from "@/lib/public/chart-data";

const SpecChart = dynamic(() => import("./spec-chart"), { ssr: false, loading: () => <p className="muted">图表加载中…</p> });

export function ChartIsland({ spec }: { spec: ChartSpec }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === "undefined") {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        observer.disconnect();
      }
    }, { rootMargin: "200px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} style={{ minHeight: 160 }}>
      {visible ? <SpecChart spec={spec} /> : null}
    </div>
  );
}
