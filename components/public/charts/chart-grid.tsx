import type { ChartSpec } from "@/lib/public/chart-data";
import { ChartFigure } from "./chart-figure";
import styles from "./charts.module.css";

export function ChartGrid({ charts }: { charts: ChartSpec[] }) {
  return (
    <div className={styles.grid}>
      {charts.map((c) => (
        <ChartFigure key={c.id} spec={c} />
      ))}
    </div>
  );
}
