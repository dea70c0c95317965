import "@/lib/server/server-only";
import type { TUnitFields } from "@/lib/admin/schemas";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import type { DbClient } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { unitNameKeys } from "./name-pinyin";
import { UNIT_WITH_PARENT, unitAuditShape, withParentCode } from "./unit-audit-shape";

export interface WriteUnitOptions {
  /** Who does it (null: the system); the caller has checked the permission. */
  actorId: string | null;
  fields: TUnitFields;
  /** Audit verb source, e.g. "admin", "unit-list-import", "import". */
  source: string;
  /** The caller has just found no unit with this code in the same transaction (one read fewer). */
  knownMissing?: boolean;
}

/**
 * Creates the unit, or updates it when the code exists (fields and parent), inside the caller's
 * transaction, with one audit entry holding before and after. Unchanged → nothing written.
 * Shared by the admin form, the unit-list import and the bulk import.
 */
export async function writeUnit(client: DbClient, options: WriteUnitOptions): Promise<{ id: string; outcome: "created" | "updated" | "unchanged" }> {
  const { fields } = options;
  let parentId: string | null = null;
  if (fields.parentCode) {
    const parent = await client.unit.findUnique({ where: { code: fields.parentCode }, select: { id: true } });
    if (!parent)
      throw new AppError("INVALID_INPUT", { message: `上级单位编码 ${fields.parentCode} 不存在`, details: { fieldErrors: { parentCode: "上级单位不存在" } } });
    parentId = parent.id;
  }
  const existing = options.knownMissing ? null : await client.unit.findUnique({ where: { code: fields.code }, select: UNIT_WITH_PARENT });
  const data = { name: fields.name, ...unitNameKeys(fields.name), shortName: fields.shortName, region: fields.region, category: fields.category, parentId };
  if (!existing) {
    const created = await client.unit.create({ data: { code: fields.code, ...data }, select: UNIT_WITH_PARENT });
    await writeAuditLog(client, {
      actorId: options.actorId,
      action: "unit.create",
      targetType: "Unit",
      targetId: created.id,
      after: { ...unitAuditShape(withParentCode(created)), source: options.source },
    });
    return { id: created.id, outcome: "created" };
  }
  const before = unitAuditShape(withParentCode(existing));
  const after = { ...before, ...fields, code: existing.code };
  if (JSON.stringify(before) === JSON.stringify(after)) return { id: existing.id, outcome: "unchanged" };
  if (parentId) {
    // The closure table says whether the new parent sits inside this unit's subtree (a cycle).
    const cycle = await client.unitAncestor.findUnique({ where: { ancestorId_descendantId: { ancestorId: existing.id, descendantId: parentId } } });
    if (cycle)
      throw new AppError("INVALID_INPUT", {
        message: "不能把单位移到它自己或它的下级单位之下",
        details: { fieldErrors: { parentCode: "不能选择本单位或其下级单位" } },
      });
  }
  await client.unit.update({ where: { id: existing.id }, data });
  await writeAuditLog(client, {
    actorId: options.actorId,
    action: "unit.update",
    targetType: "Unit",
    targetId: existing.id,
    before,
    after: { ...after, source: options.source },
  });
  return { id: existing.id, outcome: "updated" };
}
