import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ADMIN_USER_SELECT, userAuditShape } from "./user-audit-shape";

export interface SetUserScopeOptions {
  actor: Actor;
  loginName: string;
  unitCode: string;
  /** Add (or change to) the unit alone or with its subtree; null removes the scope. */
  scope: { includeSubtree: boolean } | null;
}

/** 添加 / 修改 / 移除 one scope of a user, audited with the user's scopes before and after. */
export async function setUserScope(options: SetUserScopeOptions): Promise<void> {
  requireAdmin(options.actor);
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { loginName: options.loginName }, select: ADMIN_USER_SELECT });
    if (!user) throw new AppError("NOT_FOUND");
    const unit = await tx.unit.findUnique({ where: { code: options.unitCode }, select: { id: true } });
    if (!unit) throw new AppError("INVALID_INPUT", { message: `单位编码 ${options.unitCode} 不存在`, details: { fieldErrors: { unitCode: "单位不存在" } } });
    const key = { userId_unitId: { userId: user.id, unitId: unit.id } };
    if (options.scope) {
      await tx.userUnitScope.upsert({
        where: key,
        create: { userId: user.id, unitId: unit.id, includeSubtree: options.scope.includeSubtree },
        update: { includeSubtree: options.scope.includeSubtree },
      });
    } else {
      await tx.userUnitScope.deleteMany({ where: { userId: user.id, unitId: unit.id } });
    }
    const after = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: ADMIN_USER_SELECT });
    const [b, a] = [userAuditShape(user), userAuditShape(after)];
    if (JSON.stringify(b) === JSON.stringify(a)) return;
    await writeAuditLog(tx, {
      actorId: options.actor.id,
      action: options.scope ? "user.scope.set" : "user.scope.remove",
      targetType: "User",
      targetId: user.id,
      before: b,
      after: a,
    });
  });
}
