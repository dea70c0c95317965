import "@/lib/server/server-only";
import type { z } from "zod";
import type { ZUpdateUser } from "@/lib/admin/schemas";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ADMIN_USER_SELECT, userAuditShape } from "./user-audit-shape";

export interface UpdateUserOptions {
  actor: Actor;
  input: z.infer<typeof ZUpdateUser>;
}

/** 编辑用户: name and role. Roles and scopes are re-read on every request, so a change applies at once. */
export async function updateUser(options: UpdateUserOptions): Promise<void> {
  requireAdmin(options.actor);
  const { input } = options;
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { loginName: input.loginName }, select: ADMIN_USER_SELECT });
    if (!user) throw new AppError("NOT_FOUND");
    if (user.id === options.actor.id && input.role !== user.role) {
      throw new AppError("INVALID_INPUT", { message: "不能修改自己的角色", details: { fieldErrors: { role: "不能修改自己的角色" } } });
    }
    if (user.displayName === input.displayName && user.role === input.role) return;
    const updated = await tx.user.update({ where: { id: user.id }, data: { displayName: input.displayName, role: input.role }, select: ADMIN_USER_SELECT });
    await writeAuditLog(tx, {
      actorId: options.actor.id,
      action: "user.update",
      targetType: "User",
      targetId: user.id,
      before: userAuditShape(user),
      after: userAuditShape(updated),
    });
  });
}
