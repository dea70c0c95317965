/**
 * Part 3 (情况说明): eleven sections generated from a package, its totals, the code set and last
 * year's figures. Pure: same input, same text.
 *
 * `title` is the section's title without its numeral (`收入支出决算总体情况说明`); a renderer that
 * wants the reference's heading uses sectionHeading (`一、收入支出决算总体情况说明`). Subsection
 * headings are blocks of kind "heading" and carry their numeral (`（一）…`).
 */
import { computeTotals } from "../figures";
import type { NarrativeSection } from "../model";
import type { TPackage } from "../package";
import type { NarrativeContext, SectionInput } from "./context";
import { chineseNumeral } from "./phrases";
import { section01 } from "./section-01";
import { section02 } from "./section-02";
import { section03 } from "./section-03";
import { section04 } from "./section-04";
import { section05 } from "./section-05";
import { section06 } from "./section-06";
import { section07 } from "./section-07";
import { section08 } from "./section-08";
import { section09 } from "./section-09";
import { section10 } from "./section-10";
import { section11 } from "./section-11";

export type { NarrativeContext } from "./context";

const SECTIONS: ReadonlyArray<(input: SectionInput) => NarrativeSection> = [
  section01,
  section02,
  section03,
  section04,
  section05,
  section06,
  section07,
  section08,
  section09,
  section10,
  section11,
];

export function buildNarrative(pkg: TPackage, ctx: NarrativeContext): NarrativeSection[] {
  const input: SectionInput = { pkg, totals: ctx.totals ?? computeTotals(pkg), codes: ctx.codes, prior: ctx.prior };
  return SECTIONS.map((build) => build(input));
}

/** `一、收入支出决算总体情况说明` */
export function sectionHeading(s: Pick<NarrativeSection, "section" | "title">): string {
  return `${chineseNumeral(s.section)}、${s.title}`;
}

/** The whole of Part 3 as plain text: each section's heading, then its blocks, one per line. */
export function narrativeText(sections: readonly NarrativeSection[]): string {
  return sections.map((s) => `${sectionHeading(s)}\n${s.text}`).join("\n");
}
