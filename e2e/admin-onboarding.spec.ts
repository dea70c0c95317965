import { expect, test, type Browser, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import pg from "pg";
import { ownContexts } from "./support/own-contexts";
import { signInByCookie } from "./support/workspace";

/**
 * An administrator onboards a unit and its people through the admin pages: a unit under another,
 * a clerk scoped to it and a reviewer scoped to the parent with its subtree. The clerk signs in
 * with the one-time password, is made to change it, starts the year and submits; the reviewer sees
 * the submission; the admin's changes are in the audit log.
 */
const SHOTS = "/tmp/shots";
const ADMIN = { loginName: "admin", password: "admin-demo-2020" };
const run = Date.now().toString(36);
const PARENT = { code: `e2e-city-${run}`, name: `示例市总工会${run}` };
const CHILD = { code: `e2e-county-${run}`, name: `示例市某县总工会${run}` };

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function createUnit(page: Page, unit: { code: string; name: string }, parentCode = "") {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "新建单位" }) });
  await form.getByLabel("单位编码", { exact: true }).fill(unit.code);
  await form.getByLabel("单位名称").fill(unit.name);
  await form.getByLabel("单位简称").fill(unit.name.slice(0, 6));
  await form.getByLabel("所属地区").fill("湖南省示例市");
  await form.getByLabel("单位类别").fill("群团组织");
  await form.getByLabel(/上级单位编码/).fill(parentCode);
  await form.getByRole("button", { name: "新建单位" }).click();
  await expect(form.getByRole("status")).toHaveText(`已新建单位 ${unit.name}（${unit.code}）`);
}

async function createUser(page: Page, user: { loginName: string; displayName: string; role: string; unitCode: string; subtree: boolean }): Promise<string> {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "新建用户" }) });
  await form.getByLabel("登录名").fill(user.loginName);
  await form.getByLabel("姓名").fill(user.displayName);
  await form.getByLabel("角色").selectOption({ label: user.role });
  await form.getByLabel(/范围：单位编码/).fill(user.unitCode);
  if (user.subtree) await form.getByLabel("范围包含该单位的全部下级单位").check();
  await form.getByRole("button", { name: "新建用户" }).click();
  await expect(form.getByRole("status").first()).toHaveText(`已新建用户 ${user.loginName}`);
  const secret = form.getByTestId("one-time-password");
  await expect(secret).toHaveText(/^[A-Za-z2-9]{14}$/);
  return (await secret.textContent())!;
}

/** Signs in with the one-time password in a fresh browser context; lands on the forced change. */
const contexts = ownContexts();

async function firstSignIn(browser: Browser, loginName: string, oneTimePassword: string, newPassword: string): Promise<Page> {
  const page = await contexts.newPage(browser);
  await page.goto("/login?callbackUrl=%2Fworkspace");
  await page.getByLabel("登录名").fill(loginName);
  await page.getByLabel("密码", { exact: true }).fill(oneTimePassword);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/workspace\/password$/);
  // By its text: Next's route announcer is an (empty) role=alert too.
  await expect(page.getByRole("alert").filter({ hasText: "一次性密码" })).toBeVisible();
  // Nothing else opens until the password is changed.
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/workspace\/password$/);
  await page.getByLabel("当前密码").fill(oneTimePassword);
  await page.getByLabel(/^新密码/).fill(newPassword);
  await page.getByLabel("再次输入新密码").fill(newPassword);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  return page;
}

test("an admin onboards a unit, its clerk and its parent's reviewer; the submission reaches the reviewer", async ({ page, context, browser }) => {
  test.setTimeout(180_000);
  await signInByCookie(context, ADMIN);

  // Units: a parent, then a unit under it.
  await page.goto("/workspace/admin/units");
  await expect(page.getByRole("heading", { name: "单位管理" })).toBeVisible();
  await createUnit(page, PARENT);
  await page.goto(`/workspace/admin/units?parent=${PARENT.code}`);
  await expect(page.getByRole("list", { name: "单位层级" })).toContainText(`${PARENT.name}的下级单位`);
  await expect(page.getByLabel(/上级单位编码/)).toHaveValue(PARENT.code);
  await createUnit(page, CHILD, PARENT.code);
  await expect(page.getByRole("table", { name: "单位" })).toContainText(CHILD.name);
  await shot(page, "admin-units-tree");

  // Users: a clerk of the child, a reviewer of the parent with its subtree.
  await page.goto("/workspace/admin/users");
  const clerkPassword = await createUser(page, { loginName: `clerk-${run}`, displayName: "某县填报人", role: "填报人", unitCode: CHILD.code, subtree: false });
  const reviewerPassword = await createUser(page, {
    loginName: `reviewer-${run}`,
    displayName: "示例市审核人",
    role: "审核人",
    unitCode: PARENT.code,
    subtree: true,
  });
  await shot(page, "admin-users-one-time-password");
  await page.reload();
  await expect(page.getByRole("table", { name: "用户" })).toContainText(`${PARENT.name}（含下级）`);

  // The clerk: one-time password, forced change, starts 2021, imports the year's data, submits.
  const clerk = await firstSignIn(browser, `clerk-${run}`, clerkPassword, "Tq9-county-secret-pass");
  const row = clerk.getByTestId(`report-${CHILD.code}-2021`);
  await expect(row).toContainText("未开始");
  await row.getByRole("button", { name: "开始填报" }).click();
  await expect(clerk).toHaveURL(`/workspace/reports/${CHILD.code}/2021/edit/overview`);
  const file = `${SHOTS}/onboarding-${run}.xlsx`;
  mkdirSync(SHOTS, { recursive: true });
  execFileSync("npx", ["tsx", "e2e/support/fixture-xlsx.ts", file, "2021", CHILD.code, CHILD.name]);
  await clerk.getByRole("link", { name: "导入与导出" }).click();
  await clerk.getByLabel(/选择填好的 XLSX 模板/).setInputFiles(file);
  await clerk.getByRole("button", { name: "导入并替换草稿" }).click();
  await expect(clerk.getByText("导入成功，草稿已更新。")).toBeVisible();
  await expect(clerk.getByTestId("checks-panel")).toContainText("0 个错误");
  clerk.once("dialog", (dialog) => dialog.accept());
  await clerk.getByRole("button", { name: "提交审核" }).click();
  await expect(clerk.getByTestId("report-status")).toHaveText("已提交");

  // The reviewer of the parent sees the child's submission.
  const reviewer = await firstSignIn(browser, `reviewer-${run}`, reviewerPassword, "Rv4-city-review-secret");
  await expect(reviewer.getByTestId(`report-${CHILD.code}-2021`)).toContainText("已提交");
  await reviewer.goto("/workspace/review");
  const queued = reviewer.getByTestId(`queue-${CHILD.code}-2021`);
  await expect(queued).toContainText(CHILD.name);
  await expect(queued).toContainText("已提交");
  await shot(reviewer, "reviewer-queue-new-unit");

  // The admin's changes are in the audit log, with before and after.
  await page.goto("/workspace/admin");
  const log = page.getByRole("table", { name: "管理操作记录" });
  await expect(log).toContainText("新建单位");
  await expect(log).toContainText(CHILD.code);
  await expect(log).toContainText("新建用户");
  await shot(page, "admin-audit");
});

test("the admin pages are not there for anyone else", async ({ page, context }) => {
  await signInByCookie(context);
  const response = await page.goto("/workspace/admin/users");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "系统管理" })).toHaveCount(0);
});

test("an admin imports a GBK unit list: preview first, then all at once", async ({ page, context }) => {
  const codes = ["430211-zgh", "430212-zgh", "4302-szgh"];
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  // Children before the parent; none of them has reports.
  for (const code of codes) await client.query("DELETE FROM units WHERE code = $1", [code]);
  await client.end();

  await signInByCookie(context, ADMIN);
  await page.goto("/workspace/admin/units/import");
  await page.getByLabel(/单位名录文件/).setInputFiles("tests/integration/fixtures/units-gbk.csv");
  await page.getByRole("button", { name: "预览" }).click();
  const preview = page.getByRole("region", { name: "导入预览" });
  await expect(preview).toContainText("文件编码：GBK");
  await expect(preview).toContainText("新建 3");
  await expect(preview).toContainText("株洲市天元区总工会");
  await shot(page, "admin-unit-list-preview");
  await preview.getByRole("button", { name: "确认导入" }).click();
  await expect(preview.getByRole("status")).toHaveText("已导入：新建 3 个单位，修改 0 个。");

  await page.goto("/workspace/admin/units?q=天元");
  await expect(page.getByRole("table", { name: "单位" })).toContainText("430211-zgh");
  for (const [path, name] of [
    ["/workspace/admin/years", "admin-years"],
    ["/workspace/admin/codes", "admin-codes"],
    ["/workspace/admin/texts", "admin-texts"],
  ]) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "系统管理" })).toBeVisible();
    await shot(page, name);
  }
});
