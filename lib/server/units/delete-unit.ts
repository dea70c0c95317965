import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { UNIT_WITH_PARENT, unitAuditShape, withParentCode } from "./unit-audit-shape";

export interface DeleteUnitOptions {
  actor: Actor;
  unitCode: string;
}

/**
 * 删除单位: only a unit created by mistake — one without reports and without units under it.
 * A unit with reports can only be deactivated (its published reports stay public).
 */
export async function deleteUnit(options: DeleteUnitOptions): Promise<void> {
  requireAdmin(options.actor);
  await db().$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({
      where: { code: options.unitCode },
      select: { ...UNIT_WITH_PARENT, _count: { select: { reports: true, children: true } } },
    });
    if (!unit) throw new AppError("NOT_FOUND");
    if (unit._count.reports > 0) throw new AppError("HAS_REPORTS", { message: `${unit.name}已有 ${unit._count.reports} 份报告，不能删除，只能停用` });
    if (unit._count.children > 0) throw new AppError("INVALID_INPUT", { message: `${unit.name}下还有 ${unit._count.children} 个下级单位，请先移走或删除它们` });
    await tx.unit.delete({ where: { id: unit.id } });
    await writeAuditLog(tx, {
      actorId: options.actor.id,
      action: "unit.delete",
      targetType: "Unit",
      targetId: unit.id,
      before: unitAuditShape(withParentCode(unit)),
    });
  });
}
