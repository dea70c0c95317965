import type { DisclosureTable, NarrativeSection } from "@/lib/disclosure/model";
import { chineseNumeral } from "@/lib/disclosure/numerals";
import styles from "./report.module.css";

/** 目录: anchors to the five parts, each table and each narrative section. */
export function ReportToc({ tables, sections, year }: { tables: DisclosureTable[]; sections: NarrativeSection[]; year: number }) {
  return (
    <nav className={styles.toc} aria-labelledby="toc-h">
      <h2 id="toc-h">目录</h2>
      <ol>
        <li>
          <a href="#part1">第一部分 概况</a>
        </li>
        <li>
          <a href="#part2">第二部分 {year}年度部门决算表</a>
          <ol>
            {tables.map((t) => (
              <li key={t.key}>
                <a href={`#${t.key}`}>
                  {t.id} {t.title}
                </a>
              </li>
            ))}
          </ol>
        </li>
        <li>
          <a href="#part3">第三部分 情况说明</a>
          <ol>
            {sections.map((s) => (
              <li key={s.section}>
                <a href={`#s${s.section}`}>
                  {chineseNumeral(s.section)}、{s.title}
                </a>
              </li>
            ))}
          </ol>
        </li>
        <li>
          <a href="#part4">第四部分 名词解释</a>
        </li>
        <li>
          <a href="#part5">第五部分 附件</a>
        </li>
        <li>
          <a href="#charts">图表</a>
        </li>
      </ol>
    </nav>
  );
}
