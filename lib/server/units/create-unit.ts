import "@/lib/server/server-only";
import type { TUnitFields } from "@/lib/admin/schemas";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { writeUnit } from "./write-unit";

export interface CreateUnitOptions {
  actor: Actor;
  fields: TUnitFields;
}

/** 新建单位 (optionally under a parent). A code that exists already is refused, not overwritten. */
export async function createUnit(options: CreateUnitOptions): Promise<{ id: string }> {
  requireAdmin(options.actor);
  return db().$transaction(async (tx) => {
    if (await tx.unit.findUnique({ where: { code: options.fields.code }, select: { id: true } })) {
      throw new AppError("ALREADY_EXISTS", { message: `单位编码 ${options.fields.code} 已存在`, details: { fieldErrors: { code: "单位编码已存在" } } });
    }
    const { id } = await writeUnit(tx, { actorId: options.actor.id, fields: options.fields, source: "admin" });
    return { id };
  });
}
