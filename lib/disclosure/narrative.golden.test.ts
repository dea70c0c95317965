/**
 * The golden test: Part 3 of the reference report (docs/reference/lusong-2020-part3-expected.md),
 * generated from fixtures/lusong-trade-union-2020.json, must come out word for word.
 *
 * The expected file is a PDF turned into Markdown, so it is normalised before comparing:
 * - `**` and the heading marks are stripped; `##` starts a section, `###`/`####` a subsection;
 * - the lines of one Markdown paragraph are joined (§11（三）has a hard line break after 其中：
 *   inside one sentence; we print that sentence as one paragraph);
 * - a paragraph that does not end in 。；： is joined with the next: the PDF broke two sentences
 *   across pages (`工会经` / `费、…` in §6 and `…开支财政拨款` / `的公务用车…` in §7);
 * - subsection numerals are written `（一）` everywhere: the reference mixes `（一）` (§5, §7) with
 *   `(一) ` (§11). That is the only difference left, and it is in headings, not in figures.
 *
 * Then: every section's title and every block equal the reference's, and (the contract from
 * DISCLOSURE.md, asserted separately so a failure names the sentence) every sentence of the
 * reference that holds a figure is contained in the generated text.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fixture from "../../fixtures/lusong-trade-union-2020.json";
import { codeSetForYear } from "./codes";
import { priorFigures } from "./figures";
import type { NarrativeBlock } from "./model";
import { buildNarrative, sectionHeading } from "./narrative";
import { parsePackage, type TPackage } from "./package";

interface ExpectedSection {
  heading: string; // 一、收入支出决算总体情况说明
  blocks: NarrativeBlock[];
}

function normaliseSubsection(text: string): string {
  return text.replace(/^\(([一二三四五六七八九十]+)\)\s*/u, "（$1）");
}

export function parseExpected(markdown: string): ExpectedSection[] {
  // 1. Markdown paragraphs: runs of non-empty lines.
  const raw: { level: number; text: string }[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) raw.push({ level: 0, text: run.join("") });
    run = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const clean = line.replace(/\*\*/g, "").trim();
    const headingMatch = /^(#+)\s*(.*)$/.exec(clean);
    if (clean === "") flush();
    else if (headingMatch) {
      flush();
      raw.push({ level: headingMatch[1].length, text: headingMatch[2].trim() });
    } else run.push(clean);
  }
  flush();

  // 2. Page-break artefacts: join a body paragraph that does not end a sentence with the next one.
  const joined: typeof raw = [];
  for (const item of raw) {
    const last = joined[joined.length - 1];
    if (item.level === 0 && last && last.level === 0 && !/[。；：]$/u.test(last.text)) last.text += item.text;
    else joined.push({ ...item });
  }

  // 3. Sections and their blocks.
  const sections: ExpectedSection[] = [];
  for (const item of joined) {
    if (item.level === 2) sections.push({ heading: item.text, blocks: [] });
    else if (item.level >= 3) sections[sections.length - 1].blocks.push({ kind: "heading", text: normaliseSubsection(item.text) });
    else sections[sections.length - 1].blocks.push({ kind: "paragraph", text: item.text });
  }
  return sections;
}

/** Sentences ending in 。 or ；, or a trailing fragment (e.g. one ending in ：). */
function sentences(text: string): string[] {
  return text.match(/[^。；]+[。；]?/gu) ?? [];
}

function loadFixture(): TPackage {
  const parsed = parsePackage(structuredClone(fixture));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.package;
}

const expected = parseExpected(readFileSync(path.resolve(import.meta.dirname, "../../docs/reference/lusong-2020-part3-expected.md"), "utf8"));
const pkg = loadFixture();
const generated = buildNarrative(pkg, { codes: codeSetForYear(pkg.year), prior: priorFigures(pkg) });
const generatedText = generated.map((s) => s.blocks.map((b) => b.text).join("\n")).join("\n");

describe("golden: Part 3 of the 芦淞区总工会 2020 report", () => {
  it("parses the reference into eleven sections", () => {
    expect(expected.map((s) => s.heading)).toHaveLength(11);
  });

  it("generates eleven sections numbered 1..11", () => {
    expect(generated.map((s) => s.section)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  expected.forEach((exp, i) => {
    it(`section ${i + 1} (${exp.heading}) equals the reference block for block`, () => {
      const got = generated[i];
      expect(sectionHeading(got)).toBe(exp.heading);
      expect(got.blocks).toEqual(exp.blocks);
      expect(got.text).toBe(exp.blocks.map((b) => b.text).join("\n"));
    });
  });

  const figureSentences = expected.flatMap((s) => s.blocks.filter((b) => b.kind === "paragraph").flatMap((b) => sentences(b.text))).filter((s) => /\d/.test(s));

  it("finds figure-holding sentences in the reference", () => {
    expect(figureSentences.length).toBeGreaterThanOrEqual(45);
  });

  it.each(figureSentences)("contains the reference sentence %s", (sentence) => {
    expect(generatedText).toContain(sentence);
  });
});
