import "@/lib/server/server-only";
import bcrypt from "bcryptjs";
import type { Actor } from "@/lib/server/auth/actor";
import { can } from "@/lib/server/auth/permissions";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface ChangeOwnPasswordOptions {
  actor: Actor;
  currentPassword: string;
  newPassword: string;
}

/** Changes the actor's own password after checking the current one. Audited (no hashes logged). */
export async function changeOwnPassword(options: ChangeOwnPasswordOptions): Promise<void> {
  if (!can(options.actor, "user.changeOwnPassword")) throw new AppError("NOT_FOUND");
  await db().$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: options.actor.id, active: true }, select: { passwordHash: true } });
    if (!user) throw new AppError("NOT_FOUND");
    if (!(await bcrypt.compare(options.currentPassword, user.passwordHash))) throw new AppError("WRONG_PASSWORD");
    await tx.user.update({ where: { id: options.actor.id }, data: { passwordHash: await bcrypt.hash(options.newPassword, 10), mustChangePassword: false } });
    await writeAuditLog(tx, { actorId: options.actor.id, action: "user.changePassword", targetType: "User", targetId: options.actor.id });
  });
}
