import { describe, expect, it } from "vitest";
import type { DisclosureTable } from "@/lib/disclosure/model";
import { tableCsv } from "./csv";
import { leafHeaderLabels } from "./header-paths";
import { tableHtml } from "./table-html";

const table: DisclosureTable = {
  key: "g08",
  id: "公开08",
  title: "政府性基金预算财政拨款收入支出决算表",
  unitLabel: "万元",
  columns: [
    { key: "code", label: "科目编码", kind: "code" },
    { key: "name", label: "科目名称", kind: "text" },
    { key: "income", label: "本年收入", kind: "amount" },
    { key: "total", label: "小计", kind: "amount" },
    { key: "basic", label: "基本支出", kind: "amount" },
  ],
  headerRows: [
    [{ label: "项目", colSpan: 2, rowSpan: 1 }, { label: "本年收入", colSpan: 1, rowSpan: 2 }, { label: "本年支出", colSpan: 2, rowSpan: 1 }],
    [{ label: "科目编码", colSpan: 1, rowSpan: 1 }, { label: "科目名称", colSpan: 1, rowSpan: 1 }, { label: "小计", colSpan: 1, rowSpan: 1 }, { label: "基本支出", colSpan: 1, rowSpan: 1 }],
  ],
  rows: [
    { level: "合计", name: "合计", values: [null, "合计", 218940000n, 5n, 0n] },
    { level: "项", code: "2010301", name: "行政运行, \"一般\"", values: ["2010301", "行政运行, \"一般\"", 1000000n, 0n, null] },
  ],
  emptyNote: null,
};

describe("header paths", () => {
  it("walks row and column spans to each leaf", () => {
    expect(leafHeaderLabels(table)).toEqual([["项目", "科目编码"], ["项目", "科目名称"], ["本年收入"], ["本年支出", "小计"], ["本年支出", "基本支出"]]);
  });
});

describe("tableCsv", () => {
  it("starts with the BOM, quotes what needs quoting and shows 万元 with two decimals", () => {
    const csv = tableCsv(table, "测试单位", 2020, false);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toContain("项目-科目编码,项目-科目名称,本年收入,本年支出-小计,本年支出-基本支出\r\n");
    expect(csv).toContain(",合计,218.94,0.00,0.00\r\n");
    expect(csv).toContain('2010301,"行政运行, ""一般""",1.00,0.00,\r\n');
  });
  it("labels invented data on its first line", () => {
    expect(tableCsv(table, "示例单位", 2020, true).slice(1, 5)).toBe("示例数据");
  });
});

const marked: DisclosureTable = {
  ...table,
  rows: [table.rows[0], { ...table.rows[1], marks: [null, null, null, "illustrative", "illustrative"] }],
  notes: [
    { kind: "illustrative", text: "标“示”的数字为示例数据（不是实际决算数）：按合计数重构" },
    { kind: "rounding", text: "注：本表合计数与各分项数之和如有尾差，系四舍五入所致。" },
  ],
};

describe("provenance and notes in CSV and HTML", () => {
  it("CSV: a 数据性质 column names the marked figures, the notes follow the rows, amounts stay numbers", () => {
    const csv = tableCsv(marked, "测试单位", 2020, false);
    expect(csv).toContain(",本年支出-基本支出,数据性质\r\n");
    expect(csv).toContain('2010301,"行政运行, ""一般""",1.00,0.00,,示例数据：本年支出-小计、本年支出-基本支出\r\n');
    expect(csv).toContain(",合计,218.94,0.00,0.00,\r\n");
    expect(csv).toMatch(/标“示”的数字为示例数据（不是实际决算数）：按合计数重构\r\n注：本表合计数与各分项数之和如有尾差，系四舍五入所致。\r\n$/);
    expect(tableCsv(table, "测试单位", 2020, false)).not.toContain("数据性质");
  });
  it("HTML: a marked figure is td.m with its 示 label", () => {
    expect(tableHtml(marked, "x")).toContain("<td class=m>0.00<sup>示</sup>");
  });
});

describe("tableHtml", () => {
  it("escapes names and marks levels, spans and row headers", () => {
    const html = tableHtml(table, "公开08 <x>");
    expect(html).toContain("<caption>公开08 &lt;x&gt;</caption>");
    expect(html).toContain("<th scope=colgroup colspan=2>本年支出<");
    expect(html).toContain("<th scope=col rowspan=2>本年收入<");
    expect(html).toContain('<tr class=l3><td class=c>2010301<th scope=row>行政运行, &quot;一般&quot;<td>1.00<');
    expect(html).toContain("<tr class=t>");
  });
});
