"use client";
/**
 * The recharts drawing of one ChartSpec. Loaded lazily (see chart-island.tsx), so recharts is
 * never in the page's first JavaScript. The drawing is decorative for assistive technology: the
 * figure's description and its 表格 carry the same content, so the SVG is hidden from them and
 * recharts' keyboard layer is off (a focusable element inside aria-hidden would trap focus).
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartSpec } from "@/lib/public/chart-data";
import { CHART_COLORS } from "./chart-colors";

function shortLabel(label: string): string {
  return label.length > 9 ? `${label.slice(0, 8)}…` : label;
}

export default function SpecChart({ spec }: { spec: ChartSpec }) {
  const data = spec.rows.map((r) => ({ label: r.label, ...r.values, texts: r.texts }));
  const barSize = 16;
  const height = Math.max(160, spec.rows.length * (spec.series.length * (barSize + 4) + 16) + (spec.series.length > 1 ? 70 : 40));
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="#d0d7de" />
          <XAxis type="number" tick={{ fontSize: 12, fill: "#1f2328" }} unit="万" />
          <YAxis type="category" dataKey="label" width={118} tick={{ fontSize: 12, fill: "#1f2328" }} tickFormatter={shortLabel} interval={0} />
          <Tooltip
            formatter={(_value, name, item) => {
              const key = spec.series.find((s) => s.label === name)?.key ?? "";
              return [`${(item.payload as { texts: Record<string, string> }).texts[key]} 万元`, name];
            }}
          />
          {spec.series.length > 1 ? <Legend /> : null}
          {spec.series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={CHART_COLORS[i % CHART_COLORS.length]} barSize={barSize} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
