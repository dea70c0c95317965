import "@/lib/server/server-only";
import bcrypt from "bcryptjs";
import type { Actor } from "@/lib/rules/actor";
import { can } from "@/lib/rules/permissions";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { newPasswordProblem } from "@/lib/workspace/password-policy";

export interface ChangeOwnPasswordOptions {
  actor: Actor;
  currentPassword: string;
  newPassword: string;
}

/**
 * Changes the actor's own password after checking the current one and the password policy.
 * Audited (no hashes logged). The users trigger ends every session of the user; the one making
 * the change is carried over to the new session version, so only the other devices are signed out.
 */
export async function changeOwnPassword(options: ChangeOwnPasswordOptions): Promise<void> {
  if (!can(options.actor, "user.changeOwnPassword")) throw new AppError("NOT_FOUND");
  const problem = newPasswordProblem(options.newPassword, options.actor.loginName);
  if (problem) throw new AppError("INVALID_INPUT", { message: problem, details: { fieldErrors: { newPassword: problem } } });
  await db().$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: options.actor.id, active: true }, select: { passwordHash: true } });
    if (!user) throw new AppError("NOT_FOUND");
    if (!(await bcrypt.compare(options.currentPassword, user.passwordHash))) throw new AppError("WRONG_PASSWORD");
    await tx.user.update({ where: { id: options.actor.id }, data: { passwordHash: await bcrypt.hash(options.newPassword, 10), mustChangePassword: false } });
    if (options.actor.sessionId && /^[0-9a-f-]{36}$/i.test(options.actor.sessionId)) {
      await tx.$executeRaw`UPDATE auth_sessions SET user_version = (SELECT session_version FROM users WHERE id = ${options.actor.id}::uuid)
        WHERE id = ${options.actor.sessionId}::uuid AND user_id = ${options.actor.id}::uuid AND ended_at IS NULL`;
    }
    await writeAuditLog(tx, { actorId: options.actor.id, action: "user.changePassword", targetType: "User", targetId: options.actor.id });
  });
}
