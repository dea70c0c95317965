import { expect, test, type Browser, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { minimalPdf } from "../tests/support/minimal-pdf";
import { ownContexts } from "./support/own-contexts";
import { CLERK, UNIT, resetReport, signInByCookie } from "./support/workspace";

/**
 * 填报 → 审核 → 公开 in the browser, through the pages people use: the clerk imports a clean 2021
 * draft and submits; the reviewer remarks on a field and returns it; the clerk sees the remark at
 * the field, fixes it, answers it and resubmits; the reviewer sees the change, approves and
 * publishes with both attestations; a visitor reads it and the API serves it; the clerk starts a
 * correction, which is published as 第2版 with its 更正说明 and a link to 第1版. On the way the
 * clerk attaches the stamped PDF (a text file named .pdf is refused), the reviewer sees it, and
 * the public page lists it and serves it once published (第2版 carries it over).
 */
const SHOTS = "/tmp/shots";
const REVIEWER = { loginName: "reviewer", password: "reviewer-demo-2020" };
const edit = `/workspace/reports/${UNIT.code}/2021/edit`;
const review = `/workspace/review/${UNIT.code}/2021`;
const REASON = "reasons.grandTotalChange";
/** The fixture's second income row: the remark is made by code and must show beside row 2's input. */
const CODED = "income[code=2010301].fiscal";

async function shot(page: Page, name: string, fullPage = true) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

const contexts = ownContexts();

async function signedIn(browser: Browser, user: { loginName: string; password: string }): Promise<Page> {
  const context = await contexts.newContext(browser, { baseURL: test.info().project.use.baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  await signInByCookie(context, user);
  return context.newPage();
}

test.beforeAll(async () => {
  await resetReport(UNIT.code, 2021);
});

test("a report goes from the clerk through review to the public, and is corrected as 第2版", async ({ browser }) => {
  test.setTimeout(180_000);
  const clerk = await signedIn(browser, CLERK);
  const reviewer = await signedIn(browser, REVIEWER);

  // The clerk starts 2021, imports the fixture's figures (a clean draft) and submits.
  await clerk.goto("/workspace");
  const row = clerk.getByTestId(`report-${UNIT.code}-2021`);
  await row.getByLabel("起始内容").selectOption("empty");
  await row.getByRole("button", { name: "开始填报" }).click();
  await expect(clerk).toHaveURL(`${edit}/overview`);
  const file = `${SHOTS}/review-2021.xlsx`;
  mkdirSync(SHOTS, { recursive: true });
  execFileSync("npx", ["tsx", "e2e/support/fixture-xlsx.ts", file, "2021"]);
  await clerk.getByRole("link", { name: "导入与导出" }).click();
  await clerk.getByLabel(/选择填好的 XLSX 模板/).setInputFiles(file);
  await clerk.getByRole("button", { name: "导入并替换草稿" }).click();
  await expect(clerk.getByText("导入成功，草稿已更新。")).toBeVisible();
  await expect(clerk.getByTestId("checks-panel")).toContainText("0 个错误");

  // The stamped PDF: the content decides (a text file named .pdf is refused), then the real one is listed.
  const fake = `${SHOTS}/伪装.pdf`;
  const stamped = `${SHOTS}/盖章版-2021.pdf`;
  const pdf = minimalPdf({ text: "Gongkai 2021 stamped" });
  writeFileSync(fake, "这是一个文本文件，不是 PDF");
  writeFileSync(stamped, pdf);
  await clerk.getByRole("link", { name: "附件（PDF）" }).click();
  await expect(clerk).toHaveURL(`${edit}/attachments`);
  const stampedBox = clerk.getByTestId("attachment-STAMPED");
  await stampedBox.getByLabel(/选择 PDF 文件/).setInputFiles(fake);
  await stampedBox.getByRole("button", { name: "上传" }).click();
  await expect(stampedBox.getByRole("alert")).toContainText("不是 PDF");
  await expect(stampedBox).toContainText("尚未上传");
  await stampedBox.getByLabel(/选择 PDF 文件/).setInputFiles(stamped);
  await stampedBox.getByRole("button", { name: "上传" }).click();
  await expect(stampedBox.getByRole("status")).toContainText("已上传：盖章版-2021.pdf");
  await expect(stampedBox.getByRole("link", { name: "盖章版-2021.pdf" })).toBeVisible();
  await shot(clerk, "attachments-editor");

  clerk.once("dialog", (dialog) => dialog.accept());
  await clerk.getByRole("button", { name: "提交审核" }).click();
  await expect(clerk.getByTestId("report-status")).toHaveText("已提交");
  // Submitted: the attachments are read-only.
  await expect(stampedBox.getByRole("button", { name: "上传" })).toHaveCount(0);
  // 撤回 before the reviewer has decided: a draft again, then submitted once more.
  clerk.once("dialog", (dialog) => dialog.accept());
  await clerk.getByRole("button", { name: "撤回" }).click();
  await expect(clerk.getByTestId("report-status")).toHaveText("草稿");
  await expect(clerk.getByRole("button", { name: "保存草稿" })).toBeVisible();
  clerk.once("dialog", (dialog) => dialog.accept());
  await clerk.getByRole("button", { name: "提交审核" }).click();
  await expect(clerk.getByTestId("report-status")).toHaveText("已提交");

  // The reviewer sees it in the inbox and the queue, remarks on a field and returns it.
  await reviewer.goto("/workspace/inbox");
  await expect(reviewer.getByTestId("audit-table")).toContainText("提交审核");
  await shot(reviewer, "review-inbox-reviewer");
  await reviewer.getByRole("link", { name: "审核", exact: true }).first().click();
  await expect(reviewer).toHaveURL(/\/workspace\/review$/);
  const queued = reviewer.getByTestId(`queue-${UNIT.code}-2021`);
  await expect(queued).toContainText("已提交");
  await shot(reviewer, "review-queue");
  await queued.getByRole("link", { name: "审核" }).click();
  await expect(reviewer).toHaveURL(review);
  await expect(reviewer.getByText("这是第一次提交")).toBeVisible();
  const reviewed = reviewer.getByTestId("review-attachments");
  await expect(reviewed).toContainText("盖章版报告（PDF）：盖章版-2021.pdf");
  const seen = await reviewer.request.get((await reviewed.getByRole("link", { name: "盖章版-2021.pdf" }).getAttribute("href")) ?? "");
  expect([seen.status(), seen.headers()["content-type"]]).toEqual([200, "application/pdf"]);
  await reviewer.getByRole("combobox", { name: /^部分/ }).selectOption("reasons");
  await reviewer.getByLabel("字段（可不选）").selectOption(REASON);
  await reviewer.getByLabel("批注内容").fill("变动原因请写明具体项目");
  await reviewer.getByRole("button", { name: "添加批注" }).click();
  await expect(reviewer.getByTestId("comment-list")).toContainText("变动原因请写明具体项目");
  // A remark on a coded row, as the diff and the checks link it (by code, not by row index).
  await reviewer.goto(`${review}?field=${encodeURIComponent(CODED)}`);
  await expect(reviewer.getByTestId("comment-field")).toContainText("2010301");
  await reviewer.getByLabel("批注内容").fill("请核对财政拨款收入");
  await reviewer.getByRole("button", { name: "添加批注" }).click();
  await expect(reviewer.getByTestId("comment-list")).toContainText("请核对财政拨款收入");
  await reviewer.getByRole("button", { name: "退回" }).click();
  // Next's route announcer is a role="alert" too: find the form's message by its exact text.
  await expect(reviewer.getByRole("alert").filter({ hasText: /^退回时必须填写退回意见$/ })).toBeVisible();
  await reviewer.getByLabel("退回意见（退回时必填）").fill("请按批注修改后重新提交");
  await reviewer.getByRole("button", { name: "退回" }).click();
  await expect(reviewer.getByTestId("review-status")).toHaveText("已退回");

  // The clerk: a message in the header, the return with its comment, the remark at the field.
  await clerk.goto("/workspace");
  await expect(clerk.getByTestId("inbox-link")).toContainText(/消息\s*\d+/);
  await clerk.getByTestId("inbox-link").click();
  await expect(clerk.getByTestId("audit-table")).toContainText("退回意见：请按批注修改后重新提交");
  await shot(clerk, "review-inbox-clerk");
  // The message's unit opens the report in the editor.
  await clerk.getByTestId("audit-table").getByRole("row").filter({ hasText: "退回" }).getByRole("link", { name: UNIT.name }).click();
  await expect(clerk).toHaveURL(`${edit}/overview`);
  await clerk.getByRole("link", { name: "收入（公开02）", exact: true }).click();
  await expect(clerk).toHaveURL(`${edit}/income`);
  await expect(clerk.getByTestId("comments-income[1].fiscal")).toContainText("请核对财政拨款收入");
  await clerk.goto(`${edit}/reasons`);
  const remark = clerk.getByTestId(`comments-${REASON}`);
  await expect(remark).toContainText("变动原因请写明具体项目");
  await expect(clerk.getByTestId("part-comments")).toContainText("请按批注修改后重新提交");
  await clerk.getByRole("textbox", { name: "收支总计变动原因（可不填）", exact: true }).fill("主要是工会经费项目支出减少");
  await clerk.getByRole("button", { name: "保存草稿" }).click();
  await expect(clerk.getByText(/已保存/)).toBeVisible();
  await shot(clerk, "review-editor-remark");
  await remark.getByRole("button", { name: "标记已答复" }).click();
  await expect(remark).toContainText("已答复");
  clerk.once("dialog", (dialog) => dialog.accept());
  await clerk.getByRole("button", { name: "提交审核" }).click();
  await expect(clerk.getByTestId("report-status")).toHaveText("已提交");

  // The reviewer sees exactly what changed since the return, approves and publishes.
  await reviewer.goto(review);
  const changes = reviewer.getByTestId("change-list");
  await expect(changes).toContainText("主要是工会经费项目支出减少");
  await expect(changes.getByRole("row")).toHaveCount(2);
  await changes.scrollIntoViewIfNeeded();
  await shot(reviewer, "review-page", false);
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await expect(reviewer.getByTestId("review-status")).toHaveText("已通过");
  const publish = reviewer.getByRole("button", { name: "发布" });
  await expect(publish).toBeDisabled();
  await reviewer.getByLabel("保密审查已完成").check();
  await expect(publish).toBeDisabled();
  await reviewer.getByLabel("单位负责人已审签").check();
  await publish.click();
  await expect(reviewer.getByTestId("review-status")).toHaveText("已公开");
  await reviewer.goto(`/workspace/audit?unitCode=${UNIT.code}&year=2021&action=report.publish`);
  await expect(reviewer.getByTestId("audit-table")).toContainText(/保密审查已完成（.+确认于.+）；单位负责人已审签/);
  await shot(reviewer, "review-audit");

  // Anyone reads it at once, and the API serves it.
  const visitor = await contexts.newPage(browser, { baseURL: test.info().project.use.baseURL });
  await visitor.goto(`/units/${UNIT.code}/2021`);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("2021年度部门决算");
  await expect(visitor.getByText(/第1版，.+公开/)).toBeVisible();
  const api = await visitor.request.get(`/api/v1/units/${UNIT.code}/reports/2021`);
  expect(api.status()).toBe(200);
  // The 2021 figures equal 2020's, so the narrative says 与上年持平 and needs no reason: the API
  // serves the published revision with the server's figures.
  const served = (await api.json()) as { year: number; revision: { number: number }; report: { figures: { grandTotal: string } } };
  expect([served.year, served.revision.number, served.report.figures.grandTotal]).toEqual([2021, 1, "2217500.00"]);
  // The attachment is listed on the page and downloads as the PDF that was uploaded.
  const listed = visitor.getByTestId("public-attachments").getByRole("link", { name: /盖章版报告（PDF）：盖章版-2021\.pdf/ });
  await expect(listed).toBeVisible();
  await shot(visitor, "attachments-public", false);
  const downloaded = await visitor.request.get((await listed.getAttribute("href"))!);
  expect(downloaded.status()).toBe(200);
  expect(downloaded.headers()["content-type"]).toBe("application/pdf");
  expect(downloaded.headers()["x-content-type-options"]).toBe("nosniff");
  expect(downloaded.headers()["content-disposition"]).toContain(encodeURIComponent("盖章版-2021.pdf"));
  expect(new Uint8Array(await downloaded.body())).toEqual(pdf);

  // The clerk corrects the published report; published again, it is 第2版 with its note.
  await clerk.goto(`${edit}/overview`);
  await clerk.getByRole("button", { name: "发起更正" }).click();
  await clerk.getByRole("button", { name: "开始更正" }).click();
  await expect(clerk.getByRole("alert").filter({ hasText: /^请填写更正说明$/ })).toBeVisible();
  await clerk.getByLabel("更正说明（公开，说明更正了什么）").fill("更正收支总计变动原因的表述");
  await clerk.getByRole("button", { name: "开始更正" }).click();
  await expect(clerk.getByTestId("report-status")).toHaveText("草稿");
  await expect(clerk.getByTestId("change-note")).toContainText("第2版");
  clerk.once("dialog", (dialog) => dialog.accept());
  await clerk.getByRole("button", { name: "提交审核" }).click();
  await expect(clerk.getByTestId("report-status")).toHaveText("已提交");
  await reviewer.goto(review);
  await expect(reviewer.getByText("与第1版（已公开）相比没有变化。")).toBeVisible();
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await reviewer.getByLabel("保密审查已完成").check();
  await reviewer.getByLabel("单位负责人已审签").check();
  await reviewer.getByRole("button", { name: "发布" }).click();
  await expect(reviewer.getByTestId("review-status")).toHaveText("已公开");

  await visitor.goto(`/units/${UNIT.code}/2021`);
  await expect(visitor.getByText(/第2版，.+公开/)).toBeVisible();
  // The correction carried the attachment over.
  await expect(visitor.getByTestId("public-attachments")).toContainText("盖章版-2021.pdf");
  // The print cover carries the note too (hidden on screen): the visible one is the page's.
  await expect(visitor.getByText("更正说明：更正收支总计变动原因的表述", { exact: true }).filter({ visible: true })).toHaveCount(1);
  await visitor.getByText("全部版本（2）").click();
  await visitor.getByRole("link", { name: "第1版" }).click();
  await expect(visitor).toHaveURL(`/units/${UNIT.code}/2021/r/1`);
  await expect(visitor.getByText("这是较早的版本。")).toBeVisible();
  await shot(visitor, "review-public-revision-1", false);
  const first = await visitor.request.get(`/api/v1/units/${UNIT.code}/reports/2021?revision=1`);
  expect(first.status()).toBe(200);
});
