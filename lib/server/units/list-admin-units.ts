import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { pageWindow, toPage, type Page } from "@/lib/server/admin/paging";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { unitSearchWhere } from "./unit-search-where";

export interface ListAdminUnitsOptions {
  actor: Actor;
  /** Children of this unit; null/undefined: the top of the tree. Ignored when searching. */
  parentCode?: string | null;
  /** Raw page query (q, page, pageSize); the page size is capped. */
  query?: unknown;
}

export interface AdminUnitRow {
  code: string;
  name: string;
  shortName: string;
  region: string;
  category: string;
  active: boolean;
  parentCode: string | null;
  children: number;
  reports: number;
}

/**
 * The unit tree one level at a time (children of a parent, paged), or a search over every unit
 * by code, name or short name (paged). Never the whole tree at once: a province has 10,000 units.
 */
export async function listAdminUnits(options: ListAdminUnitsOptions): Promise<Page<AdminUnitRow> & { parent: { code: string; name: string } | null }> {
  requireAdmin(options.actor);
  const client = db();
  const window = pageWindow(options.query);
  let parent: { id: string; code: string; name: string } | null = null;
  if (!window.q && options.parentCode) {
    parent = await client.unit.findUnique({ where: { code: options.parentCode }, select: { id: true, code: true, name: true } });
    if (!parent) throw new AppError("NOT_FOUND");
  }
  const where = window.q ? unitSearchWhere(window.q) : { parentId: parent?.id ?? null };
  const [rows, total] = await Promise.all([
    client.unit.findMany({
      where,
      orderBy: [{ code: "asc" }],
      skip: window.skip,
      take: window.take,
      select: {
        code: true,
        name: true,
        shortName: true,
        region: true,
        category: true,
        active: true,
        parent: { select: { code: true } },
        _count: { select: { children: true, reports: true } },
      },
    }),
    client.unit.count({ where }),
  ]);
  return {
    ...toPage(
      rows.map((u) => ({
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        region: u.region,
        category: u.category,
        active: u.active,
        parentCode: u.parent?.code ?? null,
        children: u._count.children,
        reports: u._count.reports,
      })),
      total,
      window,
    ),
    parent: parent ? { code: parent.code, name: parent.name } : null,
  };
}
