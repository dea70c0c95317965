import "@/lib/server/server-only";
import type { TUpdateUnit } from "@/lib/admin/schemas";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { writeUnit } from "./write-unit";

export interface UpdateUnitOptions {
  actor: Actor;
  input: TUpdateUnit;
}

/** 编辑单位: names, region, category and parent (moving it moves its whole subtree). */
export async function updateUnit(options: UpdateUnitOptions): Promise<{ outcome: "updated" | "unchanged" }> {
  requireAdmin(options.actor);
  const { unitCode, ...rest } = options.input;
  return db().$transaction(async (tx) => {
    if (!(await tx.unit.findUnique({ where: { code: unitCode }, select: { id: true } }))) throw new AppError("NOT_FOUND");
    const { outcome } = await writeUnit(tx, { actorId: options.actor.id, fields: { ...rest, code: unitCode }, source: "admin" });
    return { outcome: outcome === "created" ? "updated" : outcome };
  });
}
