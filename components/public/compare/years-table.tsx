import type { KeyFigures } from "@/lib/disclosure/model";
import { formatWanTable } from "@/lib/disclosure/money";
import { changeText } from "@/lib/public/change-text";
import styles from "@/components/public/lists/lists.module.css";
import { FiguresTable } from "./figures-table";

/** One unit over years: each figure per year, then the change between consecutive years (万元, %). */
export function YearsTable({ unitName, years }: { unitName: string; years: { year: number; figures: KeyFigures }[] }) {
  const pairs = years.slice(1).map((y, i) => ({ from: years[i], to: y }));
  return (
    <FiguresTable
      label={`${unitName}历年比较（可左右滚动）`}
      caption={`${unitName}历年主要指标（万元）`}
      headers={[
        ...years.map((y) => (
          <th key={y.year} scope="col" className={styles.num}>
            {y.year}年
          </th>
        )),
        ...pairs.map((p) => (
          <th key={`change-${p.to.year}`} scope="col" colSpan={2}>
            {p.to.year}年比{p.from.year}年增减（万元 / %）
          </th>
        )),
      ]}
      cells={(key) => [
        ...years.map((y) => (
          <td key={y.year} className={styles.num}>
            {formatWanTable(y.figures[key])}
          </td>
        )),
        ...pairs.flatMap((p) => {
          const c = changeText(p.to.figures[key], p.from.figures[key]);
          return [
            <td key={`${p.to.year}a`} className={styles.num}>
              {c.amount}
            </td>,
            <td key={`${p.to.year}p`} className={styles.num}>
              {c.percent}
            </td>,
          ];
        }),
      ]}
    />
  );
}
