import { PART_TITLES } from "@/lib/public/report-outline";
import { RichText } from "@/components/public/rich-text";
import styles from "./report.module.css";

/**
 * 第五部分 附件: the performance self-evaluation report, typed by the clerk in the small Markdown
 * subset of lib/disclosure/rich-text.ts. Its `#` headings are h3, like 第三部分's sections, so the
 * part has the same heading levels as the rest of the report.
 */
export function PartPerformance({ markdown }: { markdown: string }) {
  return (
    <section id="part5" className={`${styles.part} ${styles.performance}`} aria-labelledby="part5-h">
      <h2 id="part5-h">{PART_TITLES.part5()}</h2>
      {markdown.trim() ? <RichText text={markdown} topHeading="h3" /> : <p>本单位未提供绩效自评报告。</p>}
    </section>
  );
}
