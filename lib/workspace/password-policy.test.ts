import { describe, expect, it } from "vitest";
import { ZChangePassword } from "./schemas";
import { newPasswordProblem } from "./password-policy";

describe("newPasswordProblem", () => {
  it("refuses short, common and patterned passwords, and the login name", () => {
    expect(newPasswordProblem("1234567890")).toMatch(/至少 12/); // issue 13: accepted before
    expect(newPasswordProblem("123456789012")).toMatch(/常见/);
    expect(newPasswordProblem("Password1234")).toMatch(/常见/);
    expect(newPasswordProblem("aaaaaaaaaaaaaa")).toMatch(/常见/);
    expect(newPasswordProblem("abcabcabcabc")).toMatch(/常见/);
    expect(newPasswordProblem("zhangsan-2024-x", "zhangsan")).toMatch(/登录名/);
    expect(newPasswordProblem("ZhangSan-2024-x", "zhangsan")).toMatch(/登录名/);
  });

  it("accepts a long, unusual password", () => {
    expect(newPasswordProblem("绿色-芦淞-决算-2024", "clerk")).toBeNull();
    expect(newPasswordProblem("correct horse battery", "clerk")).toBeNull();
  });

  it("is part of the change-password schema", () => {
    const parsed = ZChangePassword.safeParse({ currentPassword: "old-password-1", newPassword: "1234567890", confirmPassword: "1234567890" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(["newPassword"]);
  });
});
