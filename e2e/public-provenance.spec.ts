import { expect, test } from "@playwright/test";

const REPORT = "/units/430203-zgh/2020";
const API = "/api/v1/units/430203-zgh/reports";

// The reference package marks its reconstructed figures (公开03/05's basic/project split, 公开06's
// detail rows) as 示例; every rendering must show them as such, and 第五部分 must read as text.

test("the page marks the reconstructed figures 示例, with a note under each table and a notice on top", async ({ page }) => {
  await page.goto(REPORT);
  await expect(page.getByRole("note").filter({ hasText: "公开03、公开05、公开06中标“示”的数字为示例数据" })).toBeVisible();
  for (const key of ["g03", "g05", "g06"]) {
    await expect(page.locator(`#${key} td.m sup`).first()).toHaveText("示");
    await expect(page.locator(`#${key}`)).toContainText("标“示”的数字为示例数据");
  }
  // 公开06's totals are the report's own figures: not marked.
  await expect(page.locator("#g06 tr.t td.m")).toHaveCount(0);
  await expect(page.locator("#g01 td.m")).toHaveCount(0);
});

test("第五部分 shows no literal ** and uses the heading levels of 第三部分", async ({ page }) => {
  await page.goto(REPORT);
  const part5 = page.locator("#part5");
  expect(await part5.textContent()).not.toContain("*");
  await expect(part5.locator("h3").first()).toHaveText("一、基本情况");
  await expect(part5.locator("h4").first()).toHaveText("（一）区总工会基本情况");
  await expect(part5.locator("strong").filter({ hasText: "(2) 常搞思想政治宣传。" })).toHaveCount(1);
  await expect(part5).toContainText("“四城一中心”建设");
});

test("CSV, XLSX, the API and the package carry the same marks", async ({ request }) => {
  const csv = (await (await request.get(`${API}/2020/tables/g06.csv`)).body()).toString("utf8");
  expect(csv).toContain(",数据性质\r\n");
  expect(csv).toContain("示例数据：人员经费-决算数、公用经费-决算数");
  expect(csv).toContain("标“示”的数字为示例数据");

  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await (await request.get(`${API}/2020/tables.xlsx`)).body()) as unknown as ArrayBuffer);
  const notes: string[] = [];
  const texts: string[] = [];
  workbook.getWorksheet("公开06")!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.note) notes.push(typeof cell.note === "string" ? cell.note : JSON.stringify(cell.note));
      texts.push(String(cell.value));
    }),
  );
  expect(notes.length).toBeGreaterThan(0);
  expect(notes.every((n) => n.includes("示例数据"))).toBe(true);
  expect(texts.some((t) => t.includes("标“示”的数字为示例数据"))).toBe(true);

  const api = await (await request.get(`${API}/2020`)).json();
  expect(api.provenance.illustrative).toEqual(["公开03", "公开05", "公开06"]);
  const g05 = api.report.tables.find((t: { key: string }) => t.key === "g05");
  expect(g05.notes[0].kind).toBe("illustrative");
  expect(g05.rows.some((r: { marks?: string[] }) => r.marks?.includes("illustrative"))).toBe(true);

  const pkg = await (await request.get(`${API}/2020/package.json`)).json();
  expect(pkg.provenance.map((m: { table: string }) => m.table)).toEqual(["g03", "g05", "g06"]);
});
