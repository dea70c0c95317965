/**
 * Issue 13 over real HTTP, against the server as deployed: security headers on every kind of
 * response, a strict CSP that the pages work under, no open redirect, revocable sessions,
 * throttled sign-in, cross-site writes refused, malformed URLs answered 400.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import bcrypt from "bcryptjs";
import pg from "pg";
import { CLERK, signInByCookie, UNIT } from "./support/workspace";

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test("every kind of response carries the security headers", async ({ request }) => {
  const kinds = [
    "/",
    `/units/${UNIT.code}`,
    `/units/${UNIT.code}/2020`,
    "/login",
    "/api/v1/units",
    "/api/health",
    "/api/nope",
    "/no-such-page",
    `/api/v1/units/${UNIT.code}/reports/2020/tables.xlsx`,
  ];
  for (const path of kinds) {
    const response = await request.get(path);
    const h = response.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], path).toContain("camera=()");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["strict-transport-security"], path).toBeUndefined(); // plain HTTP here
  }
  const document = await request.get(`/units/${UNIT.code}/2020`);
  expect(document.headers()["content-security-policy"]).toContain("script-src 'self';"); // no nonce: the document stays cacheable
  const tls = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
  expect(tls.headers()["strict-transport-security"]).toContain("max-age=");
});

test("pages work under the CSP: App Router pages hydrate with the nonce, the document draws its charts", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "登录" })).toBeEnabled(); // enabled only once React hydrated
  await page.goto(`/units/${UNIT.code}/2020`);
  await page.mouse.wheel(0, 30_000);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.goto("/compare");
  expect(violations).toEqual([]);
});

test("no open redirect after sign-in (the tab trick of issue 13)", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2F%09%2Fevil.example%2Fphish");
  await page.getByLabel("登录名").fill(CLERK.loginName);
  await page.getByLabel("密码", { exact: true }).fill(CLERK.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/workspace$/);
});

async function sessionOf(request: APIRequestContext) {
  return (await (await request.get("/api/auth/session")).json()) as { user?: { loginName: string } };
}

test("a session ends on the server: a copied cookie is useless after sign-out", async ({ browser }) => {
  const context = await browser.newContext();
  await signInByCookie(context);
  const cookies = await context.cookies();
  expect((await sessionOf(context.request)).user?.loginName).toBe(CLERK.loginName);
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await context.request.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  await context.close();

  // Someone kept the cookie: it no longer opens anything.
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  expect((await sessionOf(thief.request)).user).toBeUndefined();
  const workspace = await thief.request.get("/workspace", { maxRedirects: 0 });
  expect([303, 307]).toContain(workspace.status());
  await thief.close();
});

test("sign-in is throttled: after 5 failures even the right password fails, with the same message", async ({ page }) => {
  const login = `e2e-throttled-${Date.now()}`;
  const password = "right-password-for-e2e";
  await sql("INSERT INTO users (login_name, display_name, password_hash, role, updated_at) VALUES ($1, 'e2e', $2, 'ADMIN', now())", [
    login,
    await bcrypt.hash(password, 4),
  ]);
  try {
    const attempt = async (pw: string) => {
      await page.goto("/login");
      await page.getByLabel("登录名").fill(login);
      await page.getByLabel("密码", { exact: true }).fill(pw);
      await page.getByRole("button", { name: "登录" }).click();
    };
    for (let i = 0; i < 5; i++) {
      await attempt(`wrong-${i}`);
      // Next's route announcer is an empty role="alert" too: look for the form's message.
      await expect(page.getByRole("alert").filter({ hasText: "登录名或密码不正确" })).toBeVisible();
    }
    await attempt(password);
    await expect(page.getByRole("alert").filter({ hasText: "登录名或密码不正确" })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  } finally {
    await sql("DELETE FROM sign_in_throttle WHERE key = $1", [`account:${login}`]);
    await sql("DELETE FROM auth_sessions WHERE user_id = (SELECT id FROM users WHERE login_name = $1)", [login]);
    await sql("DELETE FROM users WHERE login_name = $1", [login]);
  }
});

test("a cross-site POST with a valid session cookie writes nothing (403)", async ({ browser }) => {
  const context = await browser.newContext();
  await signInByCookie(context);
  const [report] = await sql<{ id: string; version: number }>(
    `SELECT r.id, v.version FROM reports r JOIN revisions v ON v.id = r.current_revision_id
      JOIN units u ON u.id = r.unit_id WHERE u.code = $1 AND r.year = 2021`,
    [UNIT.code],
  );
  const response = await context.request.post(`/workspace/reports/${UNIT.code}/2021/import`, {
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    multipart: { reportId: report.id, version: String(report.version), file: { name: "x.json", mimeType: "application/json", buffer: Buffer.from("{}") } },
  });
  expect(response.status()).toBe(403);
  // The proxy refuses it before any route runs, in the workspace routes' shape (authedRoute, ActionResult).
  expect(await response.json()).toEqual({ ok: false, code: "FORBIDDEN_ORIGIN", message: "请求来源无效：请从本站页面提交" });
  const [after] = await sql<{ version: number }>("SELECT version FROM revisions WHERE id = (SELECT current_revision_id FROM reports WHERE id = $1)", [
    report.id,
  ]);
  expect(after.version).toBe(report.version);
  await context.close();
});

test("malformed URLs are a 400 (JSON under /api), never a 500", async ({ request }) => {
  for (const path of [
    "/api/v1/units/%00",
    "/api/v1/units/%",
    `/api/v1/units/${UNIT.code}/reports/%E0%A4%A`,
    "/api/v1/units?q=%00",
    "/units/%",
    "/units/a%00b/2020",
    "/compare?units=%00",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    if (path.startsWith("/api/")) expect(await response.json(), path).toEqual({ error: { code: "BAD_REQUEST", message: "请求地址无效" } });
  }
  const unknown = await request.get("/api/v1/nothing-here");
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"]).toContain("application/json");
});
