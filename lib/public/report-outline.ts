/**
 * The printed report's 目录: every heading a reader looks up, in document order, with the exact
 * text the heading shows. The print view lists them; the PDF printer finds the page each heading
 * lands on by looking for that text in the printed pages (tocPageNumbers) and prints again with
 * the numbers filled in.
 */
import type { DisclosureTable, NarrativeSection } from "@/lib/disclosure/model";
import { chineseNumeral } from "@/lib/disclosure/numerals";

export interface OutlineEntry {
  /** The heading's element id on the page (part1, g01, s3, …). */
  id: string;
  /** The heading's text, exactly as printed. */
  label: string;
  level: 1 | 2;
}

export const PART_TITLES = {
  part1: (unitName: string) => `第一部分　${unitName}概况`,
  part2: (year: number) => `第二部分　${year}年度部门决算表`,
  part3: (year: number) => `第三部分　${year}年度部门决算情况说明`,
  part4: () => "第四部分　名词解释",
  part5: () => "第五部分　附件：部门整体支出绩效自评报告",
};

export function reportOutline(args: { unitName: string; year: number; tables: DisclosureTable[]; sections: NarrativeSection[] }): OutlineEntry[] {
  const { unitName, year, tables, sections } = args;
  return [
    { id: "part1", label: PART_TITLES.part1(unitName), level: 1 },
    { id: "part2", label: PART_TITLES.part2(year), level: 1 },
    ...tables.map((t) => ({ id: t.key, label: `${t.id} ${t.title}`, level: 2 as const })),
    { id: "part3", label: PART_TITLES.part3(year), level: 1 },
    ...sections.map((s) => ({ id: `s${s.section}`, label: `${chineseNumeral(s.section)}、${s.title}`, level: 2 as const })),
    { id: "part4", label: PART_TITLES.part4(), level: 1 },
    { id: "part5", label: PART_TITLES.part5(), level: 1 },
  ];
}

/** Text as compared across a PDF's text layer: without any whitespace (line breaks, U+3000). */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

/**
 * The 1-based page on which each heading is printed, from the text of each printed page. The
 * 目录 itself lists every label, so the search starts after the page that first shows the last
 * label; headings come in document order, so each is looked for from the previous one's page on.
 * A heading not found gets null (its 目录 line then shows no number rather than a wrong one).
 */
export function tocPageNumbers(pageTexts: string[], entries: OutlineEntry[]): Map<string, number | null> {
  const pages = pageTexts.map(squeeze);
  const result = new Map<string, number | null>();
  if (entries.length === 0) return result;
  const last = squeeze(entries[entries.length - 1].label);
  const tocEnd = pages.findIndex((p) => p.includes(last));
  let cursor = tocEnd + 1;
  for (const entry of entries) {
    const label = squeeze(entry.label);
    let found: number | null = null;
    for (let i = cursor; i < pages.length; i++) {
      if (pages[i].includes(label)) {
        found = i;
        break;
      }
    }
    result.set(entry.id, found === null ? null : found + 1);
    if (found !== null) cursor = found;
  }
  return result;
}
