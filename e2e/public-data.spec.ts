import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";

const SHOTS = "/tmp/shots";

test("/data lists every endpoint from the OpenAPI document with a working example, and the year's open data", async ({ page, request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  await page.goto("/data");
  const rows = page.getByRole("region", { name: /接口列表/ }).locator("tbody tr");
  await expect(rows).toHaveCount(Object.keys(document.paths).length);
  await expect(
    page
      .getByRole("link", { name: "2020/datapackage.json" })
      .or(page.getByRole("link", { name: "datapackage.json" }))
      .first(),
  ).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/data-page.png`, fullPage: true });

  // Clicking an example opens the live answer.
  await page.getByRole("link", { name: "/api/v1/aggregates?year=2020&measure=three_public&groupBy=unit" }).click();
  const body = JSON.parse((await page.locator("body").textContent()) ?? "");
  expect(body).toMatchObject({ year: 2020, measure: "three_public", amountUnit: "元", groups: [{ key: "430203-zgh" }] });

  const zip = await request.get("/api/v1/open-data/2020.zip");
  expect(zip.status()).toBe(200);
  expect((await zip.body()).subarray(0, 2).toString()).toBe("PK");
});

test("数据分析 draws 三公经费 (决算数 and 预算数) by unit as a chart and a sortable table; the 公开情况 board links the year's open data", async ({ page }) => {
  await page.goto("/analysis?year=2020");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据分析");
  await expect(page.getByRole("heading", { name: /2020年度各单位“三公”经费支出决算数/ }).first()).toBeVisible();
  const table = page.getByRole("table", { name: /2020年度各单位“三公”经费支出决算数.*按金额从大到小/ });
  await expect(table.locator("thead th")).toHaveText([/单位/, /决算数（万元）/, /预算数（万元）/]);
  // The reference unit's 三公经费 are 0 both ways (公开07 as published); its row shows both.
  const own = table.locator("tbody tr").filter({ hasText: "株洲市芦淞区总工会" });
  await expect(own.locator("td")).toHaveText(["0.00", "0.00"]);
  await expect(page.locator("figure svg").first()).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/analysis.png`, fullPage: true });

  await table.getByRole("link", { name: /决算数/ }).click();
  await expect(page).toHaveURL(/order=amount_asc/);
  await expect(page.getByRole("table", { name: /按金额从小到大/ })).toBeVisible();

  await page.goto("/status/2020");
  const zipLink = page.getByRole("link", { name: /本年度开放数据/ });
  await expect(zipLink).toHaveAttribute("href", "/api/v1/open-data/2020.zip");
});
