import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseInline, parseRichText, type RichBlock, type Span } from "./rich-text";

function texts(blocks: RichBlock[]): string[] {
  const spans: Span[] = blocks.flatMap((b) => (b.kind === "list" ? b.items.flat() : b.kind === "table" ? [...b.header.flat(), ...b.rows.flat(2)] : b.spans));
  return spans.map((s) => s.text);
}

describe("parseInline", () => {
  it("bolds a lead-in closed after a Chinese full stop (CommonMark leaves it literal)", () => {
    expect(parseInline("**(2) 常搞思想政治宣传。**发挥作用")).toEqual([
      { text: "(2) 常搞思想政治宣传。", bold: true },
      { text: "发挥作用", bold: false },
    ]);
  });
  it("drops an unpaired marker and keeps an escaped star", () => {
    expect(parseInline("甲**乙**丙**丁")).toEqual([
      { text: "甲", bold: false },
      { text: "乙", bold: true },
      { text: "丙丁", bold: false },
    ]);
    expect(parseInline("5 \\* 3")).toEqual([{ text: "5 * 3", bold: false }]);
  });
  it("treats markup as text: nothing to inject", () => {
    expect(parseInline("<script>alert(1)</script> [链接](javascript:x)")).toEqual([{ text: "<script>alert(1)</script> [链接](javascript:x)", bold: false }]);
  });
});

describe("parseRichText", () => {
  it("reads headings, lists, tables and paragraphs", () => {
    const blocks = parseRichText(
      [
        "# 一、基本情况",
        "",
        "## **（一）目标**",
        "正文第一行",
        "第二行",
        "",
        "- 甲",
        "- **乙**",
        "1. 一",
        "2. 二",
        "",
        "| 项目 | 金额 |",
        "| --- | ---: |",
        "| 慰问 | 16 |",
        "",
        "###### 深",
      ].join("\n"),
    );
    expect(blocks).toEqual([
      { kind: "heading", level: 1, spans: [{ text: "一、基本情况", bold: false }] },
      { kind: "heading", level: 2, spans: [{ text: "（一）目标", bold: false }] },
      { kind: "paragraph", spans: [{ text: "正文第一行第二行", bold: false }] },
      { kind: "list", ordered: false, items: [[{ text: "甲", bold: false }], [{ text: "乙", bold: true }]] },
      { kind: "list", ordered: true, items: [[{ text: "一", bold: false }], [{ text: "二", bold: false }]] },
      {
        kind: "table",
        header: [[{ text: "项目", bold: false }], [{ text: "金额", bold: false }]],
        rows: [[[{ text: "慰问", bold: false }], [{ text: "16", bold: false }]]],
      },
      { kind: "heading", level: 4, spans: [{ text: "深", bold: false }] },
    ]);
  });
  it("keeps Chinese numbering like 1、 and (一) as text, not as lists", () => {
    expect(parseRichText("1、年初预算\n(一) 职责")).toEqual([{ kind: "paragraph", spans: [{ text: "1、年初预算(一) 职责", bold: false }] }]);
  });
  it("leaves no literal ** anywhere in the reference report's 绩效自评报告", () => {
    const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../fixtures/lusong-trade-union-2020.json"), "utf8"));
    const all = texts(parseRichText(fixture.performance.selfEvaluationReport));
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((t) => t.includes("*"))).toEqual([]);
  });
});
