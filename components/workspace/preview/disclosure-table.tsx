import type { CellValue, DisclosureTable as TTable, TableColumn } from "@/lib/disclosure/model";
import { formatWanTable } from "@/lib/disclosure/money";
import styles from "./preview.module.css";

function cell(value: CellValue, column: TableColumn): string {
  if (value === null || value === undefined) return "";
  if (column.kind === "amount" && typeof value === "bigint") return formatWanTable(value);
  return String(value);
}

/**
 * One of the nine tables as the core built it (万元, two decimals). A minimal renderer of the
 * workspace's own until the public report view (components/report) lands on main.
 */
export function DisclosureTable({ table, caption = true }: { table: TTable; caption?: boolean }) {
  return (
    // Focusable so a keyboard can scroll a table wider than the screen (axe: scrollable-region-focusable).
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={`${table.id} ${table.title}`}>
      <table className={styles.table} data-table={table.key}>
        {caption && (
          <caption>
            <span className={styles.unit}>单位：{table.unitLabel}</span>
            <strong>
              {table.id} {table.title}
            </strong>
          </caption>
        )}
        <thead>
          {table.headerRows.map((row, r) => (
            <tr key={r}>
              {row.map((h, i) => (
                <th key={i} colSpan={h.colSpan} rowSpan={h.rowSpan} scope="col">
                  {h.label}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className={row.level === "类" || row.level === "合计" ? styles.strong : undefined}>
              {row.values.map((value, i) => (
                <td key={i} className={table.columns[i]?.kind === "amount" ? styles.num : undefined}>
                  {cell(value, table.columns[i])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.emptyNote && <p className={styles.emptyNote}>{table.emptyNote}</p>}
    </div>
  );
}
