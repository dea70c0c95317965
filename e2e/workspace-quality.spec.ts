import { expect, test } from "@playwright/test";
import pg from "pg";
import { seriousViolations } from "./support/axe";
import { PARTS } from "../lib/workspace/parts";
import { CLERK, UNIT, signInByCookie } from "./support/workspace";

/**
 * Every workspace page at 1280 and 360 px: no serious or critical axe violation (as the clerk,
 * and as the reviewer who sees the draft read-only: scroll areas must still be reachable by
 * keyboard), the dashboard readable on a phone, and the public header knowing who is signed in.
 */
const REVIEWER = { loginName: "reviewer", password: "reviewer-demo-2020" };
const ADMIN = { loginName: "admin", password: "admin-demo-2020" };
const report = `/workspace/reports/${UNIT.code}/2021`;
const EDITOR = [`${report}/preview`, ...PARTS.map((p) => `${report}/edit/${p.slug}`)];
const COMMON = ["/workspace", "/workspace/inbox", "/workspace/password"];
const REVIEW = ["/workspace/review", `/workspace/review/${UNIT.code}/2020`, "/workspace/audit"];
const ADMIN_PAGES = [
  "/workspace/admin",
  "/workspace/admin/units",
  `/workspace/admin/units/${UNIT.code}`,
  "/workspace/admin/units/import",
  "/workspace/admin/users",
  "/workspace/admin/users/clerk",
  "/workspace/admin/years",
  "/workspace/admin/codes",
  "/workspace/admin/texts",
];
/**
 * Every workspace page each role reaches. The admin sees the review pages and the draft read-only
 * exactly as the reviewer does (the same markup, checked as the reviewer), so the admin's run covers
 * what only the admin reaches: axe takes about ten seconds a page and the suite must stay short.
 */
const PAGES_OF = {
  clerk: { user: CLERK, pages: [...COMMON, ...EDITOR] },
  reviewer: { user: REVIEWER, pages: [...COMMON, ...REVIEW, ...EDITOR] },
  admin: { user: ADMIN, pages: [...COMMON, ...ADMIN_PAGES] },
};

for (const [who, { user, pages }] of Object.entries(PAGES_OF)) {
  test(`axe at 1280 and 360 px, every workspace page, as the ${who}`, async ({ context }) => {
    test.setTimeout(900_000); // up to 29 pages × axe × 2 widths; generous for a loaded machine
    await signInByCookie(context, user);
    // The two widths side by side in two tabs of one session: axe runs in each tab's renderer. Run
    // alone this file took 5.6 min (10.3 min one width after the other, in a full run); in a full
    // `npm test` it still takes about 10 min, the pages being slower to serve by then (not yet known why).
    const violationsAt = async (width: number) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      const bad: string[] = [];
      for (const url of pages) {
        const response = await page.goto(url);
        expect(response?.status(), `${url} at ${width} px`).toBe(200);
        await expect(page.locator("main")).toBeVisible();
        bad.push(...(await seriousViolations(page)).map((violation) => `${width} px: ${violation}`));
      }
      await page.close();
      return bad;
    };
    const [wide, narrow] = await Promise.all([violationsAt(1280), violationsAt(360)]);
    expect([...wide, ...narrow]).toEqual([]);
  });
}

/**
 * Sets the unit's 2021 report (a draft here: the seed's, or one an earlier spec started) to SUBMITTED
 * for `run`, as its clerk would have, and puts back exactly what was there. No submission through the
 * UI: an empty 2021 draft has blocking errors, and workspace-review-flow starts 2021 afresh anyway.
 */
async function whileSubmitted(run: () => Promise<void>) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const report = `SELECT r.id FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.code = $1 AND r.year = 2021 AND r.kind = 'UNIT'`;
  const { rows } = await client.query<{
    report_status: string;
    revision_id: string;
    status: string;
    submitted_at: Date | null;
    submitted_by_id: string | null;
  }>(
    `SELECT r.status AS report_status, v.id AS revision_id, v.status, v.submitted_at, v.submitted_by_id
       FROM reports r JOIN revisions v ON v.id = r.current_revision_id WHERE r.id = (${report})`,
    [UNIT.code],
  );
  const before = rows[0];
  expect(before?.status, "the 2021 report exists as a draft").toBe("DRAFT");
  try {
    await client.query(
      `UPDATE revisions SET status = 'SUBMITTED', submitted_at = now(), submitted_by_id = (SELECT id FROM users WHERE login_name = $2) WHERE id = $1`,
      [before.revision_id, CLERK.loginName],
    );
    await client.query(`UPDATE reports SET status = 'SUBMITTED' WHERE id = (${report})`, [UNIT.code]);
    await run();
  } finally {
    await client.query(`UPDATE revisions SET status = $2::report_status, submitted_at = $3, submitted_by_id = $4 WHERE id = $1`, [
      before.revision_id,
      before.status,
      before.submitted_at,
      before.submitted_by_id,
    ]);
    await client.query(`UPDATE reports SET status = $2::report_status WHERE id = (${report})`, [UNIT.code, before.report_status]);
    await client.end();
  }
}

test("axe at 1280 and 360 px, the review page of a submitted report: its decision panel and comment form", async ({ page, context }) => {
  test.setTimeout(180_000);
  await signInByCookie(context, REVIEWER);
  await whileSubmitted(async () => {
    const bad: string[] = [];
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`/workspace/review/${UNIT.code}/2021`);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId("review-status")).toHaveText("已提交");
      await expect(page.getByTestId("decision-panel").getByRole("button", { name: "审核通过" })).toBeVisible();
      // The comment form with a part chosen, so that its field list is shown too.
      const form = page.locator("#comment-form");
      await form.getByLabel("部分").selectOption({ index: 1 });
      await expect(form.getByLabel("字段（可不选）")).toBeVisible();
      bad.push(...(await seriousViolations(page)).map((v) => `${width}px ${v}`));
    }
    expect(bad).toEqual([]);
  });
});

test("360 px: the dashboard shows each report as a card with the unit's name on one line", async ({ page, context }) => {
  await signInByCookie(context);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/workspace");
  const name = page.getByTestId(`report-${UNIT.code}-2021`).getByText(UNIT.name);
  const box = await name.boundingBox();
  expect(box!.width).toBeGreaterThan(150); // not one character per line
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("360 px, read-only: the entry grid scrolls by keyboard and table headers keep more than one character a line", async ({ page, context }) => {
  await signInByCookie(context, REVIEWER);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/workspace/reports/${UNIT.code}/2020/edit/income`);
  const grid = page.getByRole("region", { name: /可左右滚动/ });
  expect(await grid.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true); // columns beyond the screen
  await grid.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The 实时汇总 and preview tables: a header cell at least two characters wide.
  for (const url of [`/workspace/reports/${UNIT.code}/2020/edit/income`, `/workspace/reports/${UNIT.code}/2020/preview`]) {
    await page.goto(url);
    const narrow = await page
      .locator("main [role=region] th")
      .evaluateAll((ths) =>
        ths
          .filter(
            (th) =>
              !th.querySelector(".visually-hidden") &&
              th.textContent!.trim().length > 1 &&
              th.getBoundingClientRect().width < 2 * parseFloat(getComputedStyle(th).fontSize) + 8,
          )
          .map((th) => th.textContent),
      );
    expect(narrow, url).toEqual([]);
  }
});

test("signed in, the public header names the user with a way back and 退出登录 (App Router pages and report documents), and /login does not show the form again", async ({
  page,
  context,
}) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: "登录" })).toBeVisible();
  for (const name of ["比较", "公开情况"]) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  await signInByCookie(context);
  await page.goto("/workspace"); // the proxy leaves the sign-in hint for the public header
  await page.goto("/units");
  await expect(nav.getByTestId("header-account")).toHaveText("芦淞区总工会填报人 · 返回工作台");
  await expect(nav.getByRole("link", { name: "登录" })).toHaveCount(0);
  await nav.getByTestId("header-account").click();
  await expect(page).toHaveURL(/\/workspace$/);
  // A published report is a document without React: its one script does the same.
  await page.goto(`/units/${UNIT.code}/2020`);
  await expect(nav.getByTestId("header-account")).toHaveText("芦淞区总工会填报人 · 返回工作台");
  await expect(nav.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.goto("/login");
  await expect(page.getByTestId("signed-in-as")).toHaveText("当前登录：芦淞区总工会填报人（填报人）");
  await expect(page.getByRole("link", { name: "进入工作台" })).toHaveAttribute("href", "/workspace");
  await expect(page.getByLabel("密码")).toHaveCount(0);
  // 退出登录 from the public header: signed out for real (the workspace asks to sign in again).
  await page.goto("/compare");
  await nav.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(nav.getByRole("link", { name: "登录" })).toBeVisible();
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("密码")).toBeVisible();
});
