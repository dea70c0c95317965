/**
 * Issue 16, must show: three units in a tree; two subordinates are submitted (甲 by its clerk in the
 * editor) and approved by the department's reviewer; the department's clerk builds the department
 * report and sees the consolidated tables with the internal transfer eliminated, submits, withdraws
 * and submits again; its own reviewer sees it read-only; the reviewer above returns it with a reason
 * the clerk reads and answers on the department page, then approves and publishes; the public page
 * lists the consolidated units, each linked, and offers the PDF, printed from the department
 * report's own revision page. axe checks the department page and its review page at 1280 and 360 px.
 * The tree, users and the three 单位决算 are written into the e2e database (as authz-matrix does;
 * 乙's already submitted, to keep the test short).
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import bcrypt from "bcryptjs";
import pg from "pg";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ownContexts } from "./support/own-contexts";
import { signInByCookie } from "./support/workspace";
import { minimalPdf } from "../tests/support/minimal-pdf";

const PASSWORD = "department-e2e-password-2026";
const UNITS = { top: "e2e-dept-top", parent: "e2e-dept", a: "e2e-dept-a", b: "e2e-dept-b" };
// departmentExample(2021) of lib/disclosure/testing with these codes, written out once (the e2e runner
// cannot import the core's JSON fixture).
const ex = JSON.parse(readFileSync(path.join(import.meta.dirname, "support/department-example-2021.json"), "utf8")) as {
  parent: unknown;
  subordinates: { generalBudgetExpenditure: { budget: string; varianceReason?: string }[] }[];
};
// 甲 spent 20,000 more than its budget on 2012901 (and says why): the department's sum differs from its budget too.
ex.subordinates[0].generalBudgetExpenditure[0].budget = "280000.00";
ex.subordinates[0].generalBudgetExpenditure[0].varianceReason = "年中追加预算";

async function sql(run: (c: pg.Client) => Promise<void>) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  const hash = await bcrypt.hash(PASSWORD, 10);
  await sql(async (c) => {
    await c.query(`DELETE FROM reports WHERE unit_id IN (SELECT id FROM units WHERE code = ANY($1)) AND published_revision_id IS NULL`, [Object.values(UNITS)]);
    const unit = async (code: string, name: string, parent: string | null) =>
      c.query(
        `INSERT INTO units (code, name, short_name, region, category, parent_id, updated_at)
         VALUES ($1, $2, $2, '示例地区', '工会', (SELECT id FROM units WHERE code = $3), now()) ON CONFLICT (code) DO NOTHING`,
        [code, name, parent],
      );
    await unit(UNITS.top, "示例省总工会", null);
    await unit(UNITS.parent, "示例市总工会", UNITS.top);
    await unit(UNITS.a, "示例甲区工会", UNITS.parent);
    await unit(UNITS.b, "示例乙区工会", UNITS.parent);
    for (const [login, role, code, subtree] of [
      ["e2e-dept-clerk", "CLERK", UNITS.parent, false],
      ["e2e-dept-a-clerk", "CLERK", UNITS.a, false],
      ["e2e-dept-reviewer", "REVIEWER", UNITS.parent, true],
      ["e2e-top-reviewer", "REVIEWER", UNITS.top, true],
    ] as const) {
      await c.query(
        `INSERT INTO users (login_name, display_name, password_hash, role, updated_at) VALUES ($1, $1, $2, $3, now()) ON CONFLICT (login_name) DO NOTHING`,
        [login, hash, role],
      );
      await c.query(
        `INSERT INTO user_unit_scopes (user_id, unit_id, include_subtree) SELECT u.id, n.id, $3 FROM users u, units n WHERE u.login_name = $1 AND n.code = $2 ON CONFLICT DO NOTHING`,
        [login, code, subtree],
      );
    }
    // 本级 and 甲 drafts (甲's clerk submits it below), 乙 submitted; their reviewer approves both below.
    for (const [code, pkg, status] of [
      [UNITS.parent, ex.parent, "DRAFT"],
      [UNITS.a, ex.subordinates[0], "DRAFT"],
      [UNITS.b, ex.subordinates[1], "SUBMITTED"],
    ] as const) {
      const { rows } = await c.query<{ id: string }>(
        `INSERT INTO reports (unit_id, year, status, updated_at) SELECT id, 2021, $2::report_status, now() FROM units WHERE code = $1 RETURNING id`,
        [code, status],
      );
      const rev = await c.query<{ id: string }>(
        `INSERT INTO revisions (report_id, number, package, status, submitted_at, updated_at) VALUES ($1, 1, $2, $3::report_status, CASE WHEN $3::text = 'SUBMITTED' THEN now() END, now()) RETURNING id`,
        [rows[0].id, JSON.stringify(pkg), status],
      );
      await c.query(`UPDATE reports SET current_revision_id = $2 WHERE id = $1`, [rows[0].id, rev.rows[0].id]);
    }
  });
});

const contexts = ownContexts();

async function signedIn(browser: Browser, loginName: string) {
  const context = await contexts.newContext(browser);
  await signInByCookie(context, { loginName, password: PASSWORD });
  return context.newPage();
}

/** axe's serious violations on the page as it stands, on a phone (360 px) and on a desktop (1280 px, where it is left). */
async function violationsAtBothWidths(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    found.push(...(await seriousViolations(page)).map((v) => `${width}px ${v}`));
  }
  return found;
}

/** Accepts the next confirm() and checks what it asked. */
function confirmNext(page: Page, question: RegExp) {
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toMatch(question);
    void dialog.accept();
  });
}

test("a department report: consolidated, submitted when its subordinates are approved, decided from above, published", async ({ browser }) => {
  test.setTimeout(600_000);
  const reviewer = await signedIn(browser, "e2e-dept-reviewer");
  const clerk = await signedIn(browser, "e2e-dept-clerk");
  const department = `/workspace/reports/${UNITS.parent}/2021/department`;
  const status = clerk.getByTestId("department-report-status");

  // 甲's clerk submits its 单位决算 in the editor, as every unit does.
  const clerkA = await signedIn(browser, "e2e-dept-a-clerk");
  await clerkA.goto(`/workspace/reports/${UNITS.a}/2021/edit/overview`);
  await expect(clerkA.getByTestId("checks-panel")).toContainText("0 个错误");
  confirmNext(clerkA, /确定提交示例甲区工会2021年度/);
  await clerkA.getByRole("button", { name: "提交审核" }).click();
  await expect(clerkA.getByTestId("report-status")).toHaveText("已提交");
  await clerkA.context().close();

  // The department's clerk builds it while 乙 is still submitted: submit is refused, 乙 is pending.
  await clerk.goto(department);
  await clerk.getByRole("button", { name: "生成部门决算" }).click();
  await expect(status).toHaveText("草稿");
  await expect(clerk.getByTestId("department-submit-refusal")).toContainText("示例乙区工会");

  // The dashboard shows it under the unit, with a link to 部门汇总; on a phone too, without axe violations.
  await clerk.setViewportSize({ width: 360, height: 800 });
  await clerk.goto("/workspace?year=2021");
  const row = clerk.getByTestId(`report-${UNITS.parent}-2021-department`);
  await expect(row).toContainText("示例市总工会（部门决算）");
  await expect(row).toContainText("草稿");
  await expect(row.getByRole("link", { name: "部门汇总" })).toHaveAttribute("href", department);
  await expect(clerk.getByTestId("workspace-counts")).toContainText("部门决算：草稿 1");
  expect(await clerk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await seriousViolations(clerk)).toEqual([]);
  await clerk.setViewportSize({ width: 1280, height: 900 });

  // The department's reviewer approves both subordinates (review follows the tree).
  for (const code of [UNITS.a, UNITS.b]) {
    await reviewer.goto(`/workspace/review/${code}/2021`);
    await reviewer.getByRole("button", { name: "审核通过" }).click();
    await expect(reviewer.getByTestId("review-status")).toHaveText("已通过");
  }

  // Opening the page again rebuilds the figures: the internal transfers are gone.
  await clerk.goto(department);
  await expect(clerk.getByTestId("department-pending")).toHaveCount(0);
  // The consolidated 2012901 differs from its budget: R9 asks the department's reason; its link leads to the field.
  await expect(clerk.getByRole("heading", { name: /汇总检查/ })).toContainText("1 个错误");
  await clerk
    .getByTestId("department-checks")
    .getByRole("link", { name: /公开05 科目2012901/ })
    .click();
  const reason = clerk.getByLabel(/科目2012901（行政运行）：决算数 125\.00万元，年初预算数 123\.00万元/);
  await expect(reason).toBeFocused();
  await reason.fill("下属甲区工会年中追加预算");
  await clerk.getByRole("button", { name: "保存文字" }).click();
  await expect(clerk.getByRole("heading", { name: /汇总检查/ })).toContainText("0 个错误");
  await expect(reason).toHaveValue("下属甲区工会年中追加预算");
  expect(await violationsAtBothWidths(clerk)).toEqual([]);
  // 公开03 合计: 本年支出 150 万元 (600,000 + 150,000 + … with 对附属单位补助支出 30 万 eliminated).
  const g03 = clerk.locator(`table[data-table="g03"]`);
  const total = g03.locator("tbody tr").filter({ hasText: "合计" }).first();
  await expect(total).toContainText("150.00");
  // Its last column, 对附属单位补助支出, is eliminated: nothing left.
  await expect(total.locator("td").last()).toHaveText(/^0(\.00)?$|^—$|^$/);
  await expect(clerk.getByText("示例市总工会2021年部门决算汇总公开单位构成包括：示例市总工会本级、示例甲区工会、示例乙区工会。")).toBeVisible();
  // The department's stamped PDF (盖章版), attached on the same page.
  const stampedFile = path.join(mkdtempSync(path.join(os.tmpdir(), "gongkai-dept-att-")), "部门决算盖章版.pdf");
  writeFileSync(stampedFile, minimalPdf({ text: "department stamped" }));
  const stampedBox = clerk.getByTestId("attachment-STAMPED");
  await stampedBox.getByLabel(/选择 PDF 文件/).setInputFiles(stampedFile);
  await stampedBox.getByRole("button", { name: "上传" }).click();
  await expect(stampedBox.getByRole("link", { name: "部门决算盖章版.pdf" })).toHaveAttribute(
    "href",
    `/workspace/reports/${UNITS.parent}/2021/department/attachments/stamped`,
  );
  confirmNext(clerk, /确定提交示例市总工会2021年度部门决算/);
  await clerk.getByRole("button", { name: "提交审核" }).click();
  await expect(status).toHaveText("已提交");

  // Submitted: read-only, the status machine's 撤回 offered as in the unit editor, nothing to refresh.
  await expect(clerk.getByTestId("read-only-notice")).toHaveText("该报告当前为“已提交”，内容不能修改，退回后可以再修改；您可以撤回（撤回后可以再修改）。");
  await expect(clerk.getByRole("button", { name: "刷新汇总" })).toHaveCount(0);
  await expect(clerk.getByRole("button", { name: "保存文字" })).toHaveCount(0);
  expect(await violationsAtBothWidths(clerk)).toEqual([]);
  // 撤回: a draft again, which its clerk may change and submit again.
  confirmNext(clerk, /确定撤回示例市总工会2021年度部门决算的提交吗/);
  await clerk.getByRole("button", { name: "撤回" }).click();
  await expect(status).toHaveText("草稿");
  await expect(clerk.getByTestId("read-only-notice")).toHaveCount(0);
  await expect(clerk.getByRole("button", { name: "撤回" })).toHaveCount(0);
  await expect(clerk.getByRole("button", { name: "保存文字" })).toBeVisible();
  confirmNext(clerk, /确定提交/);
  await clerk.getByRole("button", { name: "提交审核" }).click();
  await expect(status).toHaveText("已提交");

  // The department's own reviewer sees it read-only, offered nothing (it is decided from above), and may not decide it.
  await reviewer.goto(department);
  await expect(reviewer.getByTestId("read-only-notice")).toHaveText("该报告当前为“已提交”，内容不能修改。");
  await expect(reviewer.getByTestId("department-report").getByRole("button")).toHaveCount(0);
  expect(await violationsAtBothWidths(reviewer)).toEqual([]);
  await reviewer.goto(`/workspace/review/${UNITS.parent}/2021?kind=department`);
  await expect(reviewer.getByRole("button", { name: "审核通过" })).toHaveCount(0);

  // Their dashboard offers its review comments, not a review; the reviewer above is offered the review.
  await reviewer.goto("/workspace?year=2021");
  const reviewersRow = reviewer.getByTestId(`report-${UNITS.parent}-2021-department`);
  await expect(reviewersRow.getByRole("link", { name: "审核意见" })).toBeVisible();
  await expect(reviewersRow.getByRole("link", { name: "审核", exact: true })).toHaveCount(0);

  // Nor is it in their queue.
  await reviewer.goto("/workspace/review");
  await expect(reviewer.getByRole("heading", { name: "待审核的报告" })).toBeVisible();
  await expect(reviewer.getByTestId(`queue-${UNITS.parent}-2021-department`)).toHaveCount(0);

  // The reviewer above has it in the queue, and the inbox's link opens its review page, with its
  // decision panel and comment form; they return it with a reason.
  const top = await signedIn(browser, "e2e-top-reviewer");
  await top.goto("/workspace?year=2021");
  await expect(top.getByTestId(`report-${UNITS.parent}-2021-department`).getByRole("link", { name: "审核", exact: true })).toBeVisible();
  await top.goto("/workspace/review");
  await expect(top.getByTestId(`queue-${UNITS.parent}-2021-department`)).toContainText("示例市总工会（部门决算）");
  await top.goto("/workspace/inbox");
  await top.getByTestId("audit-table").getByRole("link", { name: "示例市总工会（部门决算）" }).first().click();
  await expect(top).toHaveURL(new RegExp(`/workspace/review/${UNITS.parent}/2021\\?kind=department$`));
  await expect(top.getByTestId("decision-panel")).toBeVisible();
  expect(await violationsAtBothWidths(top)).toEqual([]);
  await top.getByLabel("退回意见（退回时必填）").fill("请在说明中写明乙区工会的情况");
  await top.getByRole("button", { name: "退回" }).click();
  await expect(top.getByTestId("review-status")).toHaveText("已退回");

  // The clerk reads the reason on the department page, answers it and submits again.
  await clerk.goto(department);
  await expect(status).toHaveText("已退回");
  const remarks = clerk.getByTestId("department-comments");
  await expect(remarks).toContainText("请在说明中写明乙区工会的情况");
  await expect(remarks).toContainText("整份报告");
  expect(await violationsAtBothWidths(clerk)).toEqual([]);
  await remarks.getByRole("button", { name: "标记已答复" }).click();
  await expect(remarks).toContainText("已答复");
  await expect(remarks.getByRole("button", { name: "标记已答复" })).toHaveCount(0);
  confirmNext(clerk, /确定提交/);
  await clerk.getByRole("button", { name: "提交审核" }).click();
  await expect(status).toHaveText("已提交");

  // The reviewer above approves and publishes.
  await top.reload();
  await top.getByRole("button", { name: "审核通过" }).click();
  await expect(top.getByTestId("review-status")).toHaveText("已通过");
  await top.getByLabel("保密审查已完成").check();
  await top.getByLabel("单位负责人已审签").check();
  await top.getByRole("button", { name: "发布" }).click();
  await expect(top.getByTestId("review-status")).toHaveText("已公开");
  // Published: its clerk is offered 发起更正, as for a unit report (not started here).
  await clerk.goto(department);
  await expect(clerk.getByTestId("read-only-notice")).toHaveText("该报告当前为“已公开”，内容不能修改；您可以发起更正（发起更正后可以再修改）。");
  await expect(clerk.getByTestId("department-report").getByRole("button")).toHaveText(["发起更正"]);

  // In public: its own address, its member units listed and linked.
  const pub = await contexts.newPage(browser);
  // Reached from the unit's page, as a citizen finds it.
  await pub.goto(`/units/${UNITS.parent}`);
  await pub.getByTestId("unit-department-link").click();
  await expect(pub).toHaveURL(new RegExp(`/units/${UNITS.parent}/2021/department$`));
  await expect(pub.getByRole("heading", { level: 1 })).toContainText("示例市总工会2021年度部门决算（部门汇总）");
  const members = pub.getByTestId("department-members-public");
  for (const [code, name] of [
    [UNITS.parent, "示例市总工会（本级）"],
    [UNITS.a, "示例甲区工会"],
    [UNITS.b, "示例乙区工会"],
  ]) {
    await expect(members.getByRole("link", { name })).toHaveAttribute("href", `/units/${code}`);
  }
  // Its stamped PDF, downloadable from the department report's own address.
  const attachmentLink = pub.getByTestId("public-attachments").getByRole("link", { name: /部门决算盖章版\.pdf/ });
  await expect(attachmentLink).toHaveAttribute("href", `/api/v1/units/${UNITS.parent}/reports/2021/department/attachments/stamped?revision=1`);
  const attached = await pub.request.get((await attachmentLink.getAttribute("href"))!);
  expect(attached.status()).toBe(200);
  expect((await attached.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const api = await pub.request.get(`/api/v1/units/${UNITS.parent}/reports/2021/department`);
  expect(api.status()).toBe(200);
  expect((await api.json()).members.map((m: { name: string }) => m.name)).toEqual(["示例市总工会", "示例甲区工会", "示例乙区工会"]);

  // Its pinned revision page, and the PDF printed from it, linked among the downloads.
  await pub.goto(`/units/${UNITS.parent}/2021/department/r/1`);
  await expect(pub.getByRole("heading", { level: 1 })).toContainText("示例市总工会2021年度部门决算（部门汇总）");
  const pdfLink = pub.getByRole("link", { name: "PDF（全文）" });
  await expect(pdfLink).toHaveAttribute("href", `/api/v1/units/${UNITS.parent}/reports/2021/department/report.pdf?revision=1`);
  const pdf = await pub.request.get((await pdfLink.getAttribute("href"))!, { timeout: 110_000 });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(decodeURIComponent(pdf.headers()["content-disposition"])).toContain("示例市总工会-2021年度部门决算（部门汇总）-第1版.pdf");
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "gongkai-dept-pdf-")), "department.pdf");
  writeFileSync(file, await pdf.body());
  // pdftotext keeps the words of a line together; the running header and the cover say 部门汇总.
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/[ \t]+/g, "");
  expect(text).toContain("示例市总工会");
  expect(text).toContain("2021年度部门决算（部门汇总）");
  // 决算单位构成: a subordinate's name, from the members list frozen with the revision.
  expect(text).toContain("示例乙区工会");
  // The unit's own address still means its 单位决算, which is not published.
  expect((await pub.request.get(`/api/v1/units/${UNITS.parent}/reports/2021`)).status()).toBe(404);
});
