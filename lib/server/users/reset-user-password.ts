import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { oneTimePassword } from "./one-time-password";

export interface ResetUserPasswordOptions {
  actor: Actor;
  loginName: string;
}

/** 重置密码: a new one-time password, shown once; the user must change it at next sign-in. */
export async function resetUserPassword(options: ResetUserPasswordOptions): Promise<{ oneTimePassword: string }> {
  requireAdmin(options.actor);
  const { password, hash } = await oneTimePassword();
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { loginName: options.loginName }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND");
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: hash, mustChangePassword: true } });
    // Who and when; never the password or its hash.
    await writeAuditLog(tx, {
      actorId: options.actor.id,
      action: "user.resetPassword",
      targetType: "User",
      targetId: user.id,
      before: { loginName: options.loginName },
      after: { loginName: options.loginName, mustChangePassword: true },
    });
  });
  return { oneTimePassword: password };
}
