import type { ReactNode } from "react";
import { COMPARE_FIGURES, type FigureKey } from "@/lib/public/key-figures";
import styles from "@/components/public/lists/lists.module.css";

/**
 * The frame both comparisons share: a sideways-scrolling table with one line per figure of
 * COMPARE_FIGURES (万元). `headers` are the column headers after 指标; `cells` gives a line's cells.
 */
export function FiguresTable(props: { label: string; caption: string; headers: ReactNode; cells: (key: FigureKey) => ReactNode }) {
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={props.label}>
      <table className={styles.table}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">指标</th>
            {props.headers}
          </tr>
        </thead>
        <tbody>
          {COMPARE_FIGURES.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              {props.cells(f.key)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
