import { PART_TITLES } from "@/lib/public/report-outline";
import type { DisclosureTable } from "@/lib/disclosure/model";
import { ReportTable } from "./report-table";
import styles from "./report.module.css";

/** 第二部分 部门决算表: the nine tables as the core produced them. */
export function PartTables({ tables, unitName, year }: { tables: DisclosureTable[]; unitName: string; year: number }) {
  return (
    <section id="part2" className={styles.part} aria-labelledby="part2-h">
      <h2 id="part2-h">{PART_TITLES.part2(year)}</h2>
      {tables.map((table) => (
        <ReportTable key={table.key} table={table} unitName={unitName} year={year} />
      ))}
    </section>
  );
}
