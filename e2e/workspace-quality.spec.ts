import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PARTS } from "../lib/workspace/parts";
import { CLERK, UNIT, signInByCookie } from "./support/workspace";

/**
 * Every workspace page at 1280 and 360 px: no serious or critical axe violation (as the clerk,
 * and as the reviewer who sees the draft read-only: scroll areas must still be reachable by
 * keyboard), the dashboard readable on a phone, and the public header knowing who is signed in.
 */
const REVIEWER = { loginName: "reviewer", password: "reviewer-demo-2020" };
const report = `/workspace/reports/${UNIT.code}/2021`;
const PAGES = ["/workspace", "/workspace/password", `${report}/preview`, ...PARTS.map((p) => `${report}/edit/${p.slug}`)];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

for (const width of [1280, 360]) {
  for (const [who, user] of [["clerk", CLERK], ["reviewer", REVIEWER]] as const) {
    test(`axe at ${width} px, every workspace page, as the ${who}`, async ({ page, context }) => {
      test.setTimeout(600_000); // 17 pages × axe; generous for a loaded machine
      await signInByCookie(context, user);
      await page.setViewportSize({ width, height: 900 });
      const bad: string[] = [];
      for (const url of PAGES) {
        await page.goto(url);
        await expect(page.locator("main")).toBeVisible();
        bad.push(...(await seriousViolations(page)));
      }
      expect(bad).toEqual([]);
    });
  }
}

test("360 px: the dashboard shows each report as a card with the unit's name on one line", async ({ page, context }) => {
  await signInByCookie(context);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/workspace");
  const name = page.getByTestId(`report-${UNIT.code}-2021`).getByText(UNIT.name);
  const box = await name.boundingBox();
  expect(box!.width).toBeGreaterThan(150); // not one character per line
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("signed in, the public header names the user with a way back, and /login does not show the form again", async ({ page, context }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: "登录" })).toBeVisible();
  await signInByCookie(context);
  await page.goto("/workspace"); // the proxy leaves the sign-in hint for the public header
  await page.goto("/units");
  await expect(nav.getByTestId("header-account")).toHaveText("芦淞区总工会填报人 · 返回工作台");
  await nav.getByTestId("header-account").click();
  await expect(page).toHaveURL(/\/workspace$/);
  await page.goto("/login");
  await expect(page.getByTestId("signed-in-as")).toHaveText("当前登录：芦淞区总工会填报人（填报人）");
  await expect(page.getByLabel("密码")).toHaveCount(0);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(nav.getByRole("link", { name: "登录" })).toBeVisible();
});
