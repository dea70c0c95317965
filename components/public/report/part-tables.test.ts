/**
 * 第二部分 as the public page, the clerk's preview, the reviewer's page and the PDF (a print of
 * the page) all draw it: the 尾差 note the core attaches is printed right under its own table,
 * and nowhere else.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatYuan as y } from "@/lib/disclosure/money";
import { renderReport } from "@/lib/disclosure/render";
import { ROUNDING_NOTE } from "@/lib/disclosure/table-notes";
import { blankPackage, incomeRow } from "@/lib/disclosure/testing/builders";
import { PartTables } from "./part-tables";

/** The HTML of each table's <section id="gNN">, by key. */
function sections(html: string): Record<string, string> {
  return Object.fromEntries([...html.matchAll(/<section id="(g\d\d)"[\s\S]*?<\/section>/g)].map((m) => [m[1], m[0]]));
}

describe("第二部分's 尾差 note", () => {
  it("is printed under 公开01, 公开02 and 公开07 when their displayed totals differ from their displayed parts, not under the others", () => {
    const pkg = blankPackage();
    pkg.income = [incomeRow("2010101", { superiorSubsidy: 5000n, business: 5000n })]; // 0.01 + 0.01 shown, 合计 0.01
    pkg.threePublic.actual = { outbound: y(5000n), vehiclePurchase: y(0n), vehicleOperation: y(0n), reception: y(5000n) };
    const { tables } = renderReport(pkg);
    const html = renderToStaticMarkup(createElement(PartTables, { tables, unitName: "测试单位", year: 2020 }));
    const byKey = sections(html);
    expect(Object.keys(byKey)).toHaveLength(9);
    const noted = Object.entries(byKey).filter(([, s]) => s.includes(ROUNDING_NOTE)).map(([k]) => k);
    expect(noted).toEqual(["g01", "g02", "g07"]);
    // After the table, not before it.
    expect(byKey.g07.indexOf(ROUNDING_NOTE)).toBeGreaterThan(byKey.g07.indexOf("</table>"));
  });
});
