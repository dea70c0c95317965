import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface SetUnitActiveOptions {
  actor: Actor;
  unitCode: string;
  active: boolean;
}

/**
 * 停用 / 启用: a deactivated unit keeps its reports (published ones stay public) but is offered
 * for no new draft.
 */
export async function setUnitActive(options: SetUnitActiveOptions): Promise<void> {
  requireAdmin(options.actor);
  await db().$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { code: options.unitCode }, select: { id: true, active: true } });
    if (!unit) throw new AppError("NOT_FOUND");
    if (unit.active === options.active) return;
    await tx.unit.update({ where: { id: unit.id }, data: { active: options.active } });
    await writeAuditLog(tx, {
      actorId: options.actor.id,
      action: options.active ? "unit.activate" : "unit.deactivate",
      targetType: "Unit",
      targetId: unit.id,
      before: { code: options.unitCode, active: unit.active },
      after: { code: options.unitCode, active: options.active },
    });
  });
}
