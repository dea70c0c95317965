import { test, expect } from "@playwright/test";

test("a visitor sees the home page in Chinese with the published reference unit", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/公开/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const nav = page.getByRole("navigation", { name: "主导航" });
  for (const label of ["首页", "单位", "比较", "公开情况", "数据与接口", "登录"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
  await expect(page.getByRole("main")).toContainText("株洲市芦淞区总工会");
});

test("the health route reports the database as reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
});

test("an unknown page shows the Chinese not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
});
