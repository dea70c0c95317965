import type { PriorFigures } from "@/lib/disclosure/figures";
import { formatWanTable } from "@/lib/disclosure/money";
import type { KeyFigures } from "@/lib/disclosure/model";
import { changeText } from "@/lib/public/change-text";
import { HEADLINE_FIGURES, headlineValue, priorHeadlineValue } from "@/lib/public/key-figures";
import styles from "./review.module.css";

/** The key figures against the unit's previous year, with the change and its percentage. */
export function YearFigures({ figures, prior, year }: { figures: KeyFigures; prior: PriorFigures | null; year: number }) {
  if (!prior) return <p className="muted">没有{year - 1}年度的数据可供比较。</p>;
  return (
    <table className={styles.table} data-testid="year-figures">
      <thead>
        <tr>
          <th scope="col">项目</th>
          <th scope="col" className={styles.num}>
            {year - 1}年度（万元）
          </th>
          <th scope="col" className={styles.num}>
            {year}年度（万元）
          </th>
          <th scope="col" className={styles.num}>
            增减（万元）
          </th>
          <th scope="col" className={styles.num}>
            增减率
          </th>
        </tr>
      </thead>
      <tbody>
        {HEADLINE_FIGURES.map((f) => {
          const now = headlineValue(figures, f.key);
          const before = priorHeadlineValue(prior, f.key);
          const change = changeText(now, before);
          return (
            <tr key={f.key}>
              <td>{f.label}</td>
              <td className={styles.num}>{formatWanTable(before)}</td>
              <td className={styles.num}>{formatWanTable(now)}</td>
              <td className={styles.num}>{change.amount}</td>
              <td className={styles.num}>{change.percent}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
