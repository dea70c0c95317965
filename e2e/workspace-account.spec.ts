import { test, expect, type Page } from "@playwright/test";
import pg from "pg";
import { signInByCookie } from "./support/workspace";

/** Sign-in, sign-out and changing one's own password, through the pages a person uses. */

const ADMIN = { loginName: "admin", password: "admin-demo-2020" };
const NEW_PASSWORD = "a-new-and-long-password-42";
const NEW_LABEL = "新密码（至少 12 个字符，不能是常见密码或包含登录名）";

/** The demo admin's password hash, read and written directly: the policy forbids going back to the demo password. */
async function passwordHash(hash?: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    if (hash) await client.query("UPDATE users SET password_hash = $1 WHERE login_name = 'admin'", [hash]);
    return (await client.query<{ h: string }>("SELECT password_hash AS h FROM users WHERE login_name = 'admin'")).rows[0].h;
  } finally {
    await client.end();
  }
}

async function signIn(page: Page, loginName: string, password: string) {
  await page.goto("/login?callbackUrl=%2Fworkspace");
  await page.getByLabel("登录名").fill(loginName);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

test("an anonymous visitor of the workspace is sent to the sign-in page", async ({ page }) => {
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("a wrong password gets one generic message and no session", async ({ page }) => {
  await signIn(page, ADMIN.loginName, "not-the-password");
  await expect(page.getByText("登录名或密码不正确")).toBeVisible();
  await expect(page).not.toHaveURL(/error=/);
  await signIn(page, "no-such-user", "whatever-password");
  await expect(page.getByText("登录名或密码不正确")).toBeVisible();
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/login/);
});

test("change own password: the policy, the other sessions end, sign in with the new one", async ({ page, browser }) => {
  const original = await passwordHash();
  const other = await browser.newContext();
  try {
    await signInByCookie(other, ADMIN);
    await signIn(page, ADMIN.loginName, ADMIN.password);
    await expect(page).toHaveURL(/\/workspace$/);

    const fill = async (current: string, next: string) => {
      await page.goto("/workspace/password");
      await page.getByLabel("当前密码").fill(current);
      await page.getByLabel(NEW_LABEL).fill(next);
      await page.getByLabel("再次输入新密码").fill(next);
      await page.getByRole("button", { name: "修改密码" }).click();
    };

    // A wrong current password is refused at its field; so are a short one and one with the login name.
    await fill("wrong-current-password", NEW_PASSWORD);
    await expect(page.locator("#currentPassword-error")).toBeVisible();
    await fill(ADMIN.password, "1234567890");
    await expect(page.locator("#newPassword-error")).toHaveText("新密码至少 12 个字符");
    await fill(ADMIN.password, "admin-is-my-name-1");
    await expect(page.locator("#newPassword-error")).toHaveText("新密码不能包含登录名");

    await fill(ADMIN.password, NEW_PASSWORD);
    await expect(page.getByRole("status")).toContainText("密码已修改");
    // The other device is signed out; this one goes on.
    expect(await (await other.request.get("/api/auth/session")).json()).toEqual({});
    await page.goto("/workspace");
    await expect(page).toHaveURL(/\/workspace$/);
    await page.getByRole("button", { name: "退出登录" }).first().click();
    await expect(page).toHaveURL(/\/$/);

    await signIn(page, ADMIN.loginName, ADMIN.password);
    await expect(page.getByText("登录名或密码不正确")).toBeVisible();
    await signIn(page, ADMIN.loginName, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/workspace$/);
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/workspace");
    await expect(page).toHaveURL(/\/login/);
  } finally {
    await other.close();
    await passwordHash(original);
  }
});
