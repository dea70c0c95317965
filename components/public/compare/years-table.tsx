import type { KeyFigures } from "@/lib/disclosure/model";
import { formatWanTable } from "@/lib/disclosure/money";
import { changeText } from "@/lib/public/change-text";
import { COMPARE_FIGURES } from "@/lib/public/key-figures";
import styles from "@/components/public/lists/lists.module.css";

/** One unit over years: each figure per year, then the change between consecutive years (万元, %). */
export function YearsTable({ unitName, years }: { unitName: string; years: { year: number; figures: KeyFigures }[] }) {
  const pairs = years.slice(1).map((y, i) => ({ from: years[i], to: y }));
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={`${unitName}历年比较（可左右滚动）`}>
      <table className={styles.table}>
        <caption>{unitName}历年主要指标（万元）</caption>
        <thead>
          <tr>
            <th scope="col">指标</th>
            {years.map((y) => (
              <th key={y.year} scope="col" className={styles.num}>
                {y.year}年
              </th>
            ))}
            {pairs.map((p) => (
              <th key={p.to.year} scope="col" colSpan={2}>
                {p.to.year}年比{p.from.year}年增减（万元 / %）
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {COMPARE_FIGURES.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              {years.map((y) => (
                <td key={y.year} className={styles.num}>
                  {formatWanTable(y.figures[f.key])}
                </td>
              ))}
              {pairs.map((p) => {
                const c = changeText(p.to.figures[f.key], p.from.figures[f.key]);
                return [
                  <td key={`${p.to.year}a`} className={styles.num}>
                    {c.amount}
                  </td>,
                  <td key={`${p.to.year}p`} className={styles.num}>
                    {c.percent}
                  </td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
