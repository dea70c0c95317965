import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const API = "/api/v1/units/430203-zgh/reports";

/** Every page's text as pdf.js (the extractor of Firefox and most web viewers) reads it, whitespace removed. */
async function pdfjsPages(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join("")
        .replace(/\s+/g, ""),
    );
  }
  await doc.destroy();
  return pages;
}

test("the reference PDF's text layer is the real text: pdf.js finds every title, the 目录 with true page numbers, no radical look-alikes", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const r = await request.get(`${API}/2020/report.pdf`, { timeout: 170_000 });
  expect(r.status()).toBe(200);
  const pdf = await r.body();
  expect(pdf.length).toBeLessThan(600 * 1024);

  const pages = await pdfjsPages(pdf);
  const all = pages.join("");
  // CJK radicals (U+2F00–U+2FDF) and their supplement (U+2E80–U+2EFF): what a Type 3 CFF font's text maps 入, 支… to.
  expect(all.match(/[\u2E80-\u2EFF\u2F00-\u2FDF]/gu) ?? []).toEqual([]);
  expect(all).toContain("收入支出决算总表");
  expect(all).not.toContain("**");

  // Cover: unit, year and 公开 date.
  expect(pages[0]).toContain("株洲市芦淞区总工会");
  expect(pages[0]).toContain("2020年度部门决算");
  expect(pages[0]).toMatch(/\d{4}年\d{1,2}月\d{1,2}日公开/);
  // The running header and the page footer are on every page but the cover.
  expect(pages[0]).not.toMatch(/页，共/);
  for (const [i, text] of pages.entries()) {
    if (i === 0) continue;
    expect(text, `page ${i + 1}`).toContain(`第${i + 1}页，共${pages.length}页`);
    expect(text, `page ${i + 1}`).toContain("株洲市芦淞区总工会2020年度部门决算");
  }

  // 目录 on page 2, each table's line ending in the page where that table's heading is printed.
  expect(pages[1]).toContain("目录");
  const titles: { id: string; title: string }[] = (await (await request.get(`${API}/2020`)).json()).report.tables;
  expect(titles).toHaveLength(9);
  for (const { id, title } of titles) {
    const heading = `${id}${title}`;
    const listed = pages[1].match(new RegExp(`${heading}(\\d+)`));
    expect(listed, `目录 lists ${heading} with a page number`).not.toBeNull();
    const printedOn = pages.findIndex((p, i) => i > 1 && p.includes(heading)) + 1;
    expect(Number(listed![1]), `${heading} is on the page the 目录 says`).toBe(printedOn);
  }
  expect(pages[1]).toMatch(/第五部分附件：部门整体支出绩效自评报告\d+/);

  // Fonts: subsetted CID TrueType, no Type 3 (poppler's view of the same file).
  const dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-pdf-"));
  const file = path.join(dir, "report.pdf");
  writeFileSync(file, pdf);
  const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((line) => !/CID TrueType\s+Identity-H\s+yes\s+yes/.test(line))).toEqual([]);
});
