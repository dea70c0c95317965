/**
 * `npm run admin:create`: how a new deployment gets its first admin. Run as IT staff would, as a
 * child process against an empty database: the stored hash matches the printed one-time
 * password (which must be changed at first sign-in), the creation is audited with no actor, and a taken login name
 * or a bad one is refused in Chinese with nothing written.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCreateAdminArguments } from "../../scripts/db/create-admin";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

const root = path.resolve(import.meta.dirname, "../..");

function createAdmin(databaseUrl: string, ...args: string[]) {
  return spawnSync("npx", ["tsx", "scripts/db/create-admin.ts", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl } });
}

describe("npm run admin:create", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("creates an admin whose password is the one-time password printed once (to change at first sign-in), audited as the system", async () => {
    expect(await database.prisma.user.count()).toBe(0);
    const run = createAdmin(database.url, "it-admin", "信息中心管理员");
    expect(run.stderr).not.toMatch(/Error|错误/);
    expect(run.status).toBe(0);
    const password = /一次性密码.*\n\s+(\S+)/.exec(run.stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{14}$/);

    const user = await database.prisma.user.findUniqueOrThrow({ where: { loginName: "it-admin" } });
    expect(user).toMatchObject({ displayName: "信息中心管理员", role: "ADMIN", active: true, mustChangePassword: true });
    expect(await bcrypt.compare(password!, user.passwordHash)).toBe(true);
    const audit = await database.prisma.auditLog.findMany({ where: { targetId: user.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.create", actorId: null });
  });

  it("refuses a login name already in use, and writes nothing", async () => {
    const before = await database.prisma.auditLog.count();
    const run = createAdmin(database.url, "it-admin", "另一个管理员");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("登录名 it-admin 已被使用");
    expect(await database.prisma.user.count()).toBe(1);
    expect(await database.prisma.auditLog.count()).toBe(before);
  });

  it("checks its arguments with the 新建用户 form's schema, in Chinese", () => {
    expect(() => parseCreateAdminArguments([])).toThrow("用法：npm run admin:create -- <登录名> <姓名>");
    expect(() => parseCreateAdminArguments(["管理员", "张三"])).toThrow("登录名只能包含字母、数字、点、下划线和连字符");
    expect(() => parseCreateAdminArguments(["a", "张三"])).toThrow("登录名至少 2 个字符");
    expect(parseCreateAdminArguments([" admin ", "张三"])).toEqual({ loginName: "admin", displayName: "张三" });
  });
});
