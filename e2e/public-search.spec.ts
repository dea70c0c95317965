import { expect, test } from "@playwright/test";

test("typing 芦淞 on the home page finds the unit", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("搜索单位（名称或编码）").fill("芦淞");
  const hit = page.getByRole("main").getByRole("link", { name: "株洲市芦淞区总工会", exact: true });
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/\/units\/430203-zgh$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("株洲市芦淞区总工会");
});

test("without JavaScript the search is a form to /units?q=", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/units?q=430203");
  await expect(page.getByRole("link", { name: "株洲市芦淞区总工会" }).first()).toBeVisible();
  await context.close();
});

test("the comparison is in the URL and can be shared", async ({ page }) => {
  await page.goto("/compare?year=2020&units=430203-zgh");
  await expect(page.getByRole("table", { name: /2020年度各单位主要指标/ })).toContainText("218.94");
});

test("in both comparisons the figure columns' headers align with their figures (right)", async ({ page }) => {
  for (const [url, name] of [
    ["/compare?year=2020&units=430203-zgh", /2020年度各单位主要指标/],
    ["/compare?unit=430203-zgh", /株洲市芦淞区总工会历年主要指标/],
  ] as const) {
    await page.goto(url);
    const table = page.getByRole("table", { name });
    const align = (cell: string) =>
      table
        .locator(cell)
        .first()
        .evaluate((el) => getComputedStyle(el).textAlign);
    expect(await align("thead th:nth-child(2)"), url).toBe("right");
    expect(await align("tbody td:nth-child(2)"), url).toBe("right");
    expect(await align("thead th:nth-child(1)"), url).toBe("left");
  }
});

test("/units filters by 地区 and 类别, the 公开情况 board by 地区, each choice with its count", async ({ page }) => {
  const region = "湖南省株洲市芦淞区"; // the reference unit's
  await page.goto("/units");
  await expect(page.getByRole("combobox", { name: /^地区/ }).locator("option", { hasText: `${region}（` })).toHaveCount(1);
  await page.getByRole("combobox", { name: /^地区/ }).selectOption(region);
  await page.getByRole("combobox", { name: /^类别/ }).selectOption("群团组织");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/\/units\?.*region=.*category=/);
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "株洲市芦淞区总工会" }).first()).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^地区/ })).toHaveValue(region);
  await expect(page.getByRole("combobox", { name: /^类别/ })).toHaveValue("群团组织");

  await page.goto("/status/2020");
  await page.getByRole("combobox", { name: /^地区/ }).selectOption(region);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/\/status\/2020\?region=/);
  await expect(main).toContainText(`${region}：`);
  await expect(page.getByRole("combobox", { name: /^地区/ })).toHaveValue(region);
});
