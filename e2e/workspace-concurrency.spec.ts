import { expect } from "@playwright/test";
import { UNIT, clerkTest as test, resetReport } from "./support/workspace";

/** Two tabs on one draft: the second save is refused with a clear message and its input stays. */
test.beforeAll(async () => {
  await resetReport(UNIT.code, 2021);
});

test("a stale save is refused and the clerk's input is kept on screen", async ({ page, context }) => {
  await page.goto("/workspace");
  const row = page.getByTestId(`report-${UNIT.code}-2021`);
  await row.getByLabel("起始内容").selectOption("empty");
  await row.getByRole("button", { name: "开始填报" }).click();
  await expect(page).toHaveURL(/\/edit\/overview$/);

  const other = await context.newPage();
  await other.goto(page.url().replace("/overview", "/balances"));
  await page.getByRole("link", { name: "结转结余（公开01）" }).click();

  await page.getByLabel("结余分配（元）").fill("100");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText(/已保存/)).toBeVisible();

  await other.getByLabel("结余分配（元）").fill("200");
  await other.getByRole("button", { name: "保存草稿" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "已被他人（或另一个窗口）修改" })).toBeVisible();
  await expect(other.getByLabel("结余分配（元）")).toHaveValue("200.00");
  await other.screenshot({ path: "/tmp/shots/editor-stale-save.png" });
});

test("leaving the editor with unsaved input asks first; after saving it does not", async ({ page }) => {
  await page.goto(`/workspace/reports/${UNIT.code}/2021/edit/balances`);
  const field = page.getByLabel("年初结转和结余（元）");
  await field.fill("300");
  await field.blur();

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss(); // stay on the page
  });
  await page.goto("/workspace").catch(() => undefined); // dismissed: the navigation is cancelled
  expect(dialogs).toEqual(["beforeunload"]);
  await expect(field).toHaveValue("300.00");

  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText(/已保存/)).toBeVisible();
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/workspace$/);
  expect(dialogs).toEqual(["beforeunload"]);
});
