import { expect, test } from "@playwright/test";
import { seriousViolations } from "./support/axe";

const PAGES = [
  "/",
  "/units",
  "/units/430203-zgh",
  "/units/430203-zgh/2020",
  "/units/430203-zgh/2020/r/1",
  "/compare?year=2020&units=430203-zgh",
  "/compare?unit=430203-zgh",
  "/status/2020",
  "/data",
  "/analysis?year=2020",
];

for (const url of PAGES) {
  test(`axe: no serious or critical violation on ${url}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`360 px: nothing overflows the page body on ${url}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test("every public page has its own title and meta description", async ({ page }) => {
  const seen = new Set<string>();
  for (const url of PAGES.slice(0, 4).concat(["/status/2020", "/data", "/analysis?year=2020"])) {
    await page.goto(url);
    const title = await page.title();
    expect(title, url).toMatch(/公开/);
    expect(seen.has(title), `${url} 标题重复：${title}`).toBe(false);
    seen.add(title);
    expect(await page.locator('meta[name="description"]').getAttribute("content"), url).toBeTruthy();
  }
});
