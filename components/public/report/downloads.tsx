import { downloadPath } from "@/lib/public/report-paths";
import styles from "./report.module.css";

/** Download links for the shown revision (pinned by number, so a later correction changes nothing). */
export function Downloads({ unitCode, year, revision, tableIds, kind = "UNIT" }: { unitCode: string; year: number; revision: number; tableIds: { key: string; id: string }[]; kind?: "UNIT" | "DEPARTMENT" }) {
  const link = (file: string) => downloadPath(unitCode, year, file, revision, kind);
  return (
    <section aria-labelledby="downloads-h" className="no-print">
      <h2 id="downloads-h">下载</h2>
      <ul className={styles.downloads}>
        {/* Both kinds: the PDF prints the revision's own page (…/r/{n}, or …/department/r/{n}). */}
        <li>
          <a className="button" href={link("report.pdf")}>PDF（全文）</a>
        </li>
        <li>
          <a className="button button-secondary" href={link("tables.xlsx")}>Excel（九张表）</a>
        </li>
        <li>
          <a className="button button-secondary" href={link("package.json")}>数据包 JSON</a>
        </li>
      </ul>
      <details>
        <summary>逐表下载 CSV（UTF-8，Excel 可直接打开）</summary>
        <ul>
          {tableIds.map((t) => (
            <li key={t.key}>
              <a href={link(`tables/${t.key}.csv`)}>{t.id}.csv</a>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
