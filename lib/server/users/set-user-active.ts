import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface SetUserActiveOptions {
  actor: Actor;
  loginName: string;
  active: boolean;
}

/** 停用 / 启用 a user. A deactivated user cannot sign in and their open sessions stop working at once. */
export async function setUserActive(options: SetUserActiveOptions): Promise<void> {
  requireAdmin(options.actor);
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { loginName: options.loginName }, select: { id: true, active: true } });
    if (!user) throw new AppError("NOT_FOUND");
    if (user.id === options.actor.id) throw new AppError("INVALID_INPUT", { message: "不能停用自己的账号" });
    if (user.active === options.active) return;
    await tx.user.update({ where: { id: user.id }, data: { active: options.active } });
    await writeAuditLog(tx, {
      actorId: options.actor.id,
      action: options.active ? "user.activate" : "user.deactivate",
      targetType: "User",
      targetId: user.id,
      before: { loginName: options.loginName, active: user.active },
      after: { loginName: options.loginName, active: options.active },
    });
  });
}
