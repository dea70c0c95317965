import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const REPORT = "/units/430203-zgh/2020";
const API = "/api/v1/units/430203-zgh/reports";

/** The core's 公开01 for the reference fixture (renderReport, formatted as the site formats cells). */
function expectedTable01(): string[][] {
  const script = path.join(import.meta.dirname, "support/print-table-cells.ts");
  return JSON.parse(execFileSync("npx", ["tsx", script, "g01"], { encoding: "utf8" }));
}

test("every figure of 公开01 on the report page is the core's value", async ({ page }) => {
  await page.goto(REPORT);
  await expect(page).toHaveTitle(/株洲市芦淞区总工会2020年度部门决算/);
  const cells = await page
    .locator("#g01 table tbody tr")
    .evaluateAll((rows) => rows.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => (c.textContent ?? "").trim())));
  expect(cells).toEqual(expectedTable01());
  expect(cells.flat()).toContain("218.94"); // 本年收入合计, as the reference prints it
});

test("the report page has the five parts, nine tables and a table of contents with anchors", async ({ page }) => {
  await page.goto(REPORT);
  for (const id of ["part1", "part2", "part3", "part4", "part5", "g01", "g09", "s11"]) await expect(page.locator(`#${id}`)).toHaveCount(1);
  await expect(page.locator("#part2 table")).toHaveCount(9);
  await page
    .getByRole("navigation", { name: "目录" })
    .getByRole("link", { name: /公开05/ })
    .click();
  await expect(page).toHaveURL(/#g05$/);
});

test("a draft (2021) is not public: 404 for the page and the API", async ({ page, request }) => {
  const response = await page.goto("/units/430203-zgh/2021");
  expect(response?.status()).toBe(404);
  for (const url of [`${API}/2021`, `${API}/2021/package.json`, `${API}/2021/tables/g01.csv`]) {
    const r = await request.get(url);
    expect(r.status(), url).toBe(404);
    expect((await r.json()).error).toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/未找到|尚未公开/) });
  }
});

test("CSV downloads start with the UTF-8 BOM and carry 万元 with two decimals", async ({ request }) => {
  const r = await request.get(`${API}/2020/tables/g01.csv`);
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toContain("text/csv");
  const body = await r.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString("utf8")).toContain("218.94");
});

test("the JSON package and the API report are served with open CORS", async ({ request }) => {
  const pkg = await request.get(`${API}/2020/package.json`);
  expect((await pkg.json()).format).toBe("budget-disclosure/1");
  const report = await request.get(`${API}/2020`);
  expect(report.headers()["access-control-allow-origin"]).toBe("*");
  expect((await report.json()).report.tables).toHaveLength(9);
});

test("the PDF has the report's title and table 公开01", async ({ request }) => {
  test.setTimeout(120_000);
  const r = await request.get(`${API}/2020/report.pdf`, { timeout: 110_000 });
  expect(r.status()).toBe(200);
  const dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-pdf-"));
  const file = path.join(dir, "report.pdf");
  writeFileSync(file, await r.body());
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain("株洲市芦淞区总工会2020年度部门决算");
  expect(text).toContain("公开01");
  expect(text).toContain("收入支出决算总表");
});

test("the XLSX has the nine tables as sheets, merged headers and the core's figures as numbers", async ({ request }) => {
  const r = await request.get(`${API}/2020/tables.xlsx`);
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toContain("spreadsheetml");
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await r.body()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(["公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09"]);
  const sheet = workbook.getWorksheet("公开01")!;
  expect(String(sheet.getCell(1, 1).value)).toContain("收入支出决算总表");
  expect(sheet.hasMerges).toBe(true);
  const amounts: { value: number; numFmt: string }[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "number") amounts.push({ value: cell.value, numFmt: cell.numFmt });
    }),
  );
  expect(amounts.map((a) => a.value)).toEqual(expect.arrayContaining([218.94, 221.75, 2.81]));
  expect(amounts.every((a) => a.numFmt === "#,##0.00" || Number.isInteger(a.value))).toBe(true);
});
