import { test, expect, type Page } from "@playwright/test";

/** Sign-in, sign-out and changing one's own password, through the pages a person uses. */

const ADMIN = { loginName: "admin", password: "admin-demo-2020" };
const NEW_PASSWORD = "a-new-admin-password-42";

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
  await signIn(page, "no-such-user", "whatever-password");
  await expect(page.getByText("登录名或密码不正确")).toBeVisible();
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/login/);
});

test("change own password, sign out, sign in with the new one (and back)", async ({ page }) => {
  await signIn(page, ADMIN.loginName, ADMIN.password);
  await expect(page).toHaveURL(/\/workspace$/);

  const change = async (current: string, next: string) => {
    await page.goto("/workspace/password");
    await page.getByLabel("当前密码").fill(current);
    await page.getByLabel("新密码（至少 10 个字符）").fill(next);
    await page.getByLabel("再次输入新密码").fill(next);
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page.getByRole("status")).toHaveText("密码已修改，下次登录请使用新密码");
  };

  // A wrong current password is refused at its field.
  await page.goto("/workspace/password");
  await page.getByLabel("当前密码").fill("wrong-current-password");
  await page.getByLabel("新密码（至少 10 个字符）").fill(NEW_PASSWORD);
  await page.getByLabel("再次输入新密码").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.locator("#currentPassword-error")).toBeVisible();

  await change(ADMIN.password, NEW_PASSWORD);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, ADMIN.loginName, ADMIN.password);
  await expect(page.getByText("登录名或密码不正确")).toBeVisible();
  await signIn(page, ADMIN.loginName, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/workspace$/);
  await change(NEW_PASSWORD, ADMIN.password);
});
