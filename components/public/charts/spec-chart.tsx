"use client";
/**
 * The recharts drawing of one chart. Loaded lazily (see chart-island.tsx), so recharts is never
 * in the page's first JavaScript. The drawing is decorative for assistive technology: the
 * figure's description and its 表格 carry the same content, so the SVG is hidden from them and
 * recharts' keyboard layer is off (a focusable element inside aria-hidden would trap focus).
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { CHART_COLORS } from "./chart-colors";

export interface ChartData {
  series: string[];
  rows: { label: string; values: number[] }[];
}

function shortLabel(label: string): string {
  return label.length > 9 ? `${label.slice(0, 8)}…` : label;
}

export default function SpecChart({ data }: { data: ChartData }) {
  const points = data.rows.map((r) => ({ label: r.label, ...Object.fromEntries(r.values.map((v, i) => [`s${i}`, v])) }));
  const barSize = 16;
  const many = data.series.length > 1;
  const height = Math.max(160, data.rows.length * (data.series.length * (barSize + 4) + 16) + (many ? 70 : 40));
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={points} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="#d0d7de" />
          <XAxis type="number" tick={{ fontSize: 12, fill: "#1f2328" }} unit="万" />
          <YAxis type="category" dataKey="label" width={118} tick={{ fontSize: 12, fill: "#1f2328" }} tickFormatter={shortLabel} interval={0} />
          {many ? <Legend /> : null}
          {data.series.map((name, i) => (
            <Bar key={name} dataKey={`s${i}`} name={name} fill={CHART_COLORS[i % CHART_COLORS.length]} barSize={barSize} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
