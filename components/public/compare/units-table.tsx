import type { KeyFigures } from "@/lib/disclosure/model";
import { formatWanTable } from "@/lib/disclosure/money";
import type { PublicUnit } from "@/lib/public/types";
import styles from "@/components/public/lists/lists.module.css";
import { UnitName } from "../unit-name";
import { FiguresTable } from "./figures-table";

/** Several units in one year side by side: one column per unit, one line per figure. */
export function UnitsTable({ year, units }: { year: number; units: { unit: PublicUnit; figures: KeyFigures }[] }) {
  return (
    <FiguresTable
      label={`${year}年度单位比较（可左右滚动）`}
      caption={`${year}年度各单位主要指标（万元）`}
      headers={units.map((u) => (
        <th key={u.unit.code} scope="col" className={styles.num}>
          <UnitName unit={u.unit} />
        </th>
      ))}
      cells={(key) =>
        units.map((u) => (
          <td key={u.unit.code} className={styles.num}>
            {formatWanTable(u.figures[key])}
          </td>
        ))
      }
    />
  );
}
