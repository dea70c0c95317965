import { PART_TITLES } from "@/lib/public/report-outline";
import Markdown from "react-markdown";
import styles from "./report.module.css";

/**
 * 第五部分 附件: the performance self-evaluation report, Markdown typed by the clerk. Raw HTML
 * is dropped (skipHtml, no rehype-raw) and react-markdown's default URL transform removes
 * javascript: and other unsafe links, so the text cannot inject markup or script.
 * Headings are shifted down so that the page keeps one h1 and a sane outline.
 */
export function PartPerformance({ markdown }: { markdown: string }) {
  return (
    <section id="part5" className={`${styles.part} ${styles.performance}`} aria-labelledby="part5-h">
      <h2 id="part5-h">{PART_TITLES.part5()}</h2>
      {markdown.trim() ? (
        <Markdown
          skipHtml
          components={{
            h1: (p) => <h3>{p.children}</h3>,
            h2: (p) => <h4>{p.children}</h4>,
            h3: (p) => <h5>{p.children}</h5>,
            h4: (p) => <h6>{p.children}</h6>,
          }}
        >
          {markdown}
        </Markdown>
      ) : (
        <p>本单位未提供绩效自评报告。</p>
      )}
    </section>
  );
}
