import type { KeyFigures } from "@/lib/disclosure/model";
import { formatWanTable } from "@/lib/disclosure/money";
import { COMPARE_FIGURES } from "@/lib/public/key-figures";
import type { PublicUnit } from "@/lib/server/public/types";
import styles from "@/components/public/lists/lists.module.css";
import { UnitName } from "../unit-name";

/** Several units in one year side by side: one column per unit, one line per figure. */
export function UnitsTable({ year, units }: { year: number; units: { unit: PublicUnit; figures: KeyFigures }[] }) {
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={`${year}年度单位比较（可左右滚动）`}>
      <table className={styles.table}>
        <caption>{year}年度各单位主要指标（万元）</caption>
        <thead>
          <tr>
            <th scope="col">指标</th>
            {units.map((u) => (
              <th key={u.unit.code} scope="col" className={styles.num}>
                <UnitName unit={u.unit} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {COMPARE_FIGURES.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              {units.map((u) => (
                <td key={u.unit.code} className={styles.num}>
                  {formatWanTable(u.figures[f.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
