import { PART_TITLES } from "@/lib/public/report-outline";
import type { TPackage } from "@/lib/disclosure/package";
import { RichInline, RichText } from "@/components/public/rich-text";
import styles from "./report.module.css";

/** 第一部分 概况: duties as a numbered list, organisation, the units the report covers. */
export function PartOverview({ pkg, unitName }: { pkg: TPackage; unitName: string }) {
  return (
    <section id="part1" className={styles.part} aria-labelledby="part1-h">
      <h2 id="part1-h">{PART_TITLES.part1(unitName)}</h2>
      <h3>一、部门职责</h3>
      <ol>
        {pkg.overview.duties.map((duty, i) => (
          <li key={i}>
            <RichInline text={duty} />
          </li>
        ))}
      </ol>
      <h3>二、机构设置及决算单位构成</h3>
      <RichText text={pkg.overview.organization} topHeading="h4" />
      <RichText text={pkg.overview.composition} topHeading="h4" />
    </section>
  );
}
