import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { CLERK, UNIT, resetReport } from "./support/workspace";

/**
 * The clerk's whole year, in the browser: sign in, start 2021 from 2020, see a carried text's
 * 沿用上年 mark go once it is edited and saved, enter figures, watch a check fire and fix it,
 * import the XLSX template filled from the fixture, preview, submit.
 * The seed already holds a 2021 draft; the test deletes it first, so "start" is what creates it.
 */
const SHOTS = "/tmp/shots";
const base = `/workspace/reports/${UNIT.code}/2021`;

async function shot(page: Page, name: string, fullPage = true) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

test.beforeAll(async () => {
  await resetReport(UNIT.code, 2021);
});

test("a clerk prepares and submits the 2021 report", async ({ page }) => {
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fworkspace/);

  await page.getByLabel("登录名").fill(CLERK.loginName);
  await page.getByLabel("密码").fill("wrong-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "登录名或密码不正确" })).toBeVisible();
  await page.getByLabel("密码").fill(CLERK.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("heading", { name: "我的单位与年度" })).toBeVisible();

  const row = page.getByTestId(`report-${UNIT.code}-2021`);
  await expect(row).toContainText("未开始");
  await row.getByLabel("起始内容").selectOption("previous");
  await row.getByRole("button", { name: "开始填报" }).click();
  await expect(page).toHaveURL(`${base}/edit/overview`);
  await expect(page.getByLabel("第1条职责")).toHaveValue(/^贯彻执行党和国家有关工人运动/);
  await expect(page.getByLabel("决算单位构成")).toHaveValue(/2021年/);

  // A carried text is marked 沿用上年，请核对 (W5) beside its field until the clerk edits it; saved, it stays unmarked.
  const organization = page.getByLabel("机构设置", { exact: true });
  const organizationMark = organization.locator("..").getByTestId("carried-mark");
  await expect(organizationMark).toHaveText("沿用上年，请核对");
  await organization.fill(`${await organization.inputValue()}另设职工服务站。`);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText(/已保存/)).toBeVisible();
  await expect(organizationMark).toHaveCount(0);
  await page.reload();
  await expect(organization).toHaveValue(/另设职工服务站。$/);
  await expect(organizationMark).toHaveCount(0);
  // The texts left as they were keep their marks (部门职责 here).
  await expect(page.getByRole("heading", { name: /部门职责/ }).getByTestId("carried-mark")).toBeVisible();

  // Amounts are typed in 元; 万元 is shown beside; anything else is refused at the field.
  await page.getByRole("link", { name: "结转结余（公开01）" }).click();
  const opening = page.getByLabel("年初结转和结余（元）");
  await opening.fill("12,34");
  await expect(page.getByRole("alert").filter({ hasText: "请输入以元为单位的金额" })).toBeVisible();
  await opening.fill("1,234.5");
  await expect(page.getByText("0.12 万元").first()).toBeVisible();

  // A check fires (公开01 no longer balances), links to the field, and clears when fixed.
  const checks = page.getByTestId("checks-panel");
  // (An empty 2021 draft already has R9 errors: every figure changed against published 2020.)
  const imbalance = checks.getByRole("link", { name: /公开01 收支不平衡/ });
  await expect(imbalance).toBeVisible();
  await shot(page, "editor-check-fired");
  const parts = page.getByRole("navigation", { name: "填报内容" });
  await parts.getByRole("link", { name: "收入（公开02）" }).click();
  await imbalance.click();
  // R3 links both sides with the difference, not 年末结转和结余 (which would invite plugging the gap).
  await expect(page).toHaveURL(/\/edit\/expenditure/);
  const r3 = checks.getByRole("listitem").filter({ hasText: "公开01 收支不平衡" });
  await expect(r3).toContainText("相差");
  await expect(r3.getByRole("link", { name: "收入（公开02）" })).toBeVisible();
  await r3.getByRole("link", { name: "支出（公开03）" }).click();
  await expect(page).toHaveURL(/\/edit\/expenditure/);
  await parts.getByRole("link", { name: "结转结余（公开01）" }).click();
  await page.getByLabel("年初结转和结余（元）").fill("0");
  await expect(imbalance).toHaveCount(0);

  // Income rows: the code picker, live 类/款 subtotals from the core's 公开02.
  await parts.getByRole("link", { name: "收入（公开02）" }).click();
  await page.getByRole("button", { name: "添加收入科目" }).click();
  await page.getByLabel("第1行科目编码").fill("2010301");
  await expect(page.getByRole("cell", { name: "行政运行", exact: true }).first()).toBeVisible();
  await page.getByLabel("第1行财政拨款收入").fill("972,200");
  await expect(page.locator('[data-table="g02"]')).toContainText("97.22");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText(/已保存/)).toBeVisible();
  await shot(page, "editor-income");

  // Import the XLSX template filled from the fixture (as 2021): it replaces the draft.
  const file = `${SHOTS}/lusong-2021.xlsx`;
  mkdirSync(SHOTS, { recursive: true });
  execFileSync("npx", ["tsx", "e2e/support/fixture-xlsx.ts", file, "2021"]);
  await page.getByRole("link", { name: "导入与导出" }).click();
  await page.getByLabel(/选择填好的 XLSX 模板/).setInputFiles(file);
  await page.getByRole("button", { name: "导入并替换草稿" }).click();
  await expect(page.getByText("导入成功，草稿已更新。")).toBeVisible();
  await expect(checks).toContainText("0 个错误");
  await page.getByRole("link", { name: "一般公共预算支出（公开05）" }).click();
  await expect(page.locator('[data-table="g05"]')).toContainText("202.94");
  await shot(page, "editor-general-budget");

  // Preview: the report as it will be published.
  await page.getByRole("link", { name: "预览" }).click();
  await expect(page.getByRole("heading", { name: `${UNIT.name}2021年度部门决算` })).toBeVisible();
  await expect(page.getByText("收入支出决算表").first()).toBeVisible();
  await shot(page, "preview-top", false);
  await page.locator("#g05").scrollIntoViewIfNeeded();
  await shot(page, "preview-table05", false);
  await page.getByRole("heading", { name: /五、一般公共预算财政拨款支出/ }).scrollIntoViewIfNeeded();
  await shot(page, "preview-narrative", false);

  // Submit after a confirmation; the draft is then read-only.
  await page.getByRole("link", { name: "返回编辑" }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("已提交");
  await expect(page.getByRole("button", { name: "保存草稿" })).toHaveCount(0);
  await expect(page.getByLabel("第1条职责")).toBeDisabled();
  await page.goto("/workspace");
  await expect(page.getByTestId(`report-${UNIT.code}-2021`)).toContainText("已提交");
});
