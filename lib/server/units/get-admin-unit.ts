import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface GetAdminUnitOptions {
  actor: Actor;
  unitCode: string;
}

/** One unit for the edit page, with its chain of parents (top first) from the closure table. */
export async function getAdminUnit(options: GetAdminUnitOptions) {
  requireAdmin(options.actor);
  const unit = await db().unit.findUnique({
    where: { code: options.unitCode },
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      region: true,
      category: true,
      active: true,
      parent: { select: { code: true, name: true } },
      ancestorLinks: { where: { depth: { gt: 0 } }, orderBy: { depth: "desc" }, select: { ancestor: { select: { code: true, name: true } } } },
      _count: { select: { children: true, reports: true, scopes: true } },
    },
  });
  if (!unit) throw new AppError("NOT_FOUND");
  return {
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    region: unit.region,
    category: unit.category,
    active: unit.active,
    parentCode: unit.parent?.code ?? null,
    path: unit.ancestorLinks.map((l) => l.ancestor),
    children: unit._count.children,
    reports: unit._count.reports,
    scopes: unit._count.scopes,
  };
}
