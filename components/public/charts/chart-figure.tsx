import type { ChartSpec } from "@/lib/public/chart-data";
import { ChartIsland } from "./chart-island";
import styles from "./charts.module.css";

/**
 * One chart as a figure: its title, a text description (read by screen readers and shown to
 * everyone), the lazily drawn chart, and a 表格 with the same figures.
 */
export function ChartFigure({ spec, openTable = false }: { spec: ChartSpec; openTable?: boolean }) {
  const headId = `chart-${spec.id}-h`;
  return (
    <figure className={styles.figure} aria-labelledby={headId}>
      <figcaption>
        <h3 id={headId}>{spec.title}</h3>
        <p className={styles.description}>{spec.description}</p>
      </figcaption>
      <ChartIsland tableId={`chart-${spec.id}-t`} />
      <details className={styles.table} open={openTable}>
        <summary>表格</summary>
        <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={`${spec.title}（表格）`}>
          <table id={`chart-${spec.id}-t`}>
            <caption className="visually-hidden">{spec.title}（万元）</caption>
            <thead>
              <tr>
                <th scope="col">项目</th>
                {spec.series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {spec.rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  {spec.series.map((s) => (
                    <td key={s.key}>{r.texts[s.key]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
