import "@/lib/server/server-only";
import type { TCreateUser } from "@/lib/admin/schemas";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { oneTimePassword } from "./one-time-password";
import { ADMIN_USER_SELECT, userAuditShape } from "./user-audit-shape";

export interface CreateUserOptions {
  actor: Actor;
  input: TCreateUser;
}

/**
 * 新建用户 with a one-time password, returned once (to show to the admin) and stored only as a
 * hash; the user must change it at first sign-in. Optionally with a first scope.
 */
export async function createUser(options: CreateUserOptions): Promise<{ loginName: string; oneTimePassword: string }> {
  requireAdmin(options.actor);
  return insertUser(options.input, options.actor.id);
}

/**
 * An admin made from the server's shell (`npm run admin:create`), the way a new deployment gets
 * its first one and a bureau that lost every admin password gets back in: whoever runs it already
 * holds the database. Audited with no actor, like every other system change.
 */
export async function createAdminFromShell(input: Pick<TCreateUser, "loginName" | "displayName">): Promise<{ loginName: string; oneTimePassword: string }> {
  return insertUser({ ...input, role: "ADMIN", unitCode: null, includeSubtree: false }, null);
}

async function insertUser(input: TCreateUser, actorId: string | null): Promise<{ loginName: string; oneTimePassword: string }> {
  const { password, hash } = await oneTimePassword();
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { loginName: input.loginName }, select: { id: true } })) {
      throw new AppError("ALREADY_EXISTS", { message: `登录名 ${input.loginName} 已被使用`, details: { fieldErrors: { loginName: "登录名已被使用" } } });
    }
    let unitId: string | null = null;
    if (input.unitCode) {
      const unit = await tx.unit.findUnique({ where: { code: input.unitCode }, select: { id: true } });
      if (!unit) throw new AppError("INVALID_INPUT", { message: `单位编码 ${input.unitCode} 不存在`, details: { fieldErrors: { unitCode: "单位不存在" } } });
      unitId = unit.id;
    }
    const user = await tx.user.create({
      data: {
        loginName: input.loginName,
        displayName: input.displayName,
        role: input.role,
        passwordHash: hash,
        mustChangePassword: true,
        ...(unitId ? { scopes: { create: { unitId, includeSubtree: input.includeSubtree } } } : {}),
      },
      select: ADMIN_USER_SELECT,
    });
    await writeAuditLog(tx, { actorId, action: "user.create", targetType: "User", targetId: user.id, after: userAuditShape(user) });
    return { loginName: user.loginName, oneTimePassword: password };
  });
}
