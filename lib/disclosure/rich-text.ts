/**
 * The clerk's texts (绩效自评报告, 概况, reasons) are a small, safe Markdown subset: headings
 * (`#`…`####`), bullet and numbered lists (`- `, `1. `), bold (`**…**`), pipe tables, and
 * paragraphs. This parser turns a text into blocks of plain spans; one React renderer
 * (components/rich-text.tsx) draws them on the page, in the clerk's preview and in the PDF.
 *
 * Why our own and not CommonMark: CommonMark's emphasis rules do not close `**` after a Chinese
 * full stop followed by a Chinese character (`**标题。**正文` stays literal), which is how Chinese
 * documents bold a lead-in; here a `**` pair is bold wherever it is, and an unpaired `**` is
 * dropped, so no reader ever sees a literal `**`. There is no HTML, no link and no image: the
 * output is text only, so nothing typed can inject markup.
 */

export interface Span {
  text: string;
  bold: boolean;
}

export type RichBlock =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; spans: Span[] }
  | { kind: "paragraph"; spans: Span[] }
  | { kind: "list"; ordered: boolean; items: Span[][] }
  | { kind: "table"; header: Span[][]; rows: Span[][][] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Bold spans from `**` / `__` pairs; an unpaired marker is dropped; `\*` is a literal star. */
export function parseInline(text: string): Span[] {
  const STAR = "\u0000";
  const parts = text.replace(/\\\*/g, STAR).split(/\*\*|__/);
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1; // odd count of markers: the last is unpaired
  const spans: Span[] = [];
  parts.forEach((part, i) => {
    const bold = i % 2 === 1 && i < paired;
    const clean = part.replaceAll(STAR, "*");
    if (clean === "") return;
    const last = spans[spans.length - 1];
    if (last && last.bold === bold) last.text += clean;
    else spans.push({ text: clean, bold });
  });
  return spans;
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());
}

/** Joins a paragraph's lines: no space between Chinese lines, one between Latin words. */
function joinLines(lines: string[]): string {
  return lines.reduce((acc, line) => {
    const text = line.trim();
    if (acc === "") return text;
    return /[A-Za-z0-9,.;:]$/.test(acc) && /^[A-Za-z0-9]/.test(text) ? `${acc} ${text}` : acc + text;
  }, "");
}

export function parseRichText(source: string): RichBlock[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", spans: parseInline(joinLines(paragraph)) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const level = Math.min(heading[1].length, 4) as 1 | 2 | 3 | 4;
      blocks.push({ kind: "heading", level, spans: parseInline(heading[2]).map((s) => ({ ...s, bold: false })) });
      continue;
    }
    if (line.trim().startsWith("|") && i + 1 < lines.length && TABLE_RULE.test(lines[i + 1])) {
      flush();
      const header = cells(line).map(parseInline);
      const rows: Span[][][] = [];
      i += 2;
      while (i < lines.length && lines[i].trim().startsWith("|")) rows.push(cells(lines[i++]).map(parseInline));
      i--;
      blocks.push({ kind: "table", header, rows });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flush();
      const ordered = !bullet;
      const item = parseInline((bullet ?? numbered)![1].trim());
      const last = blocks[blocks.length - 1];
      if (last?.kind === "list" && last.ordered === ordered) last.items.push(item);
      else blocks.push({ kind: "list", ordered, items: [item] });
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks;
}
