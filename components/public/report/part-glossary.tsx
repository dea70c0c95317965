import { PART_TITLES } from "@/lib/public/report-outline";
import { chineseNumeral } from "@/lib/disclosure/numerals";
import { DEFAULT_GLOSSARY, type GlossaryEntry } from "@/lib/public/glossary";
import styles from "./report.module.css";

/** 第四部分 名词解释. */
export function PartGlossary({ entries = DEFAULT_GLOSSARY }: { entries?: readonly GlossaryEntry[] }) {
  return (
    <section id="part4" className={`${styles.part} ${styles.glossary}`} aria-labelledby="part4-h">
      <h2 id="part4-h">{PART_TITLES.part4()}</h2>
      <dl>
        {entries.map((e, i) => (
          <div key={e.term}>
            <dt>
              {chineseNumeral(i + 1)}、{e.term}
            </dt>
            <dd>{e.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
