import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { pageWindow, toPage } from "@/lib/server/admin/paging";
import { db } from "@/lib/server/db";

export interface ListAdminUsersOptions {
  actor: Actor;
  /** Raw page query (q, page, pageSize); the page size is capped. */
  query?: unknown;
}

/** Users by login name, searchable by login name or name, paged. */
export async function listAdminUsers(options: ListAdminUsersOptions) {
  requireAdmin(options.actor);
  const window = pageWindow(options.query);
  const where = window.q ? { OR: [{ loginName: { contains: window.q } }, { displayName: { contains: window.q } }] } : {};
  const [rows, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: { loginName: "asc" },
      skip: window.skip,
      take: window.take,
      select: {
        loginName: true,
        displayName: true,
        role: true,
        active: true,
        mustChangePassword: true,
        // A handful per user at most; shown as the first few.
        scopes: { take: 3, orderBy: { createdAt: "asc" }, select: { includeSubtree: true, unit: { select: { code: true, name: true } } } },
        _count: { select: { scopes: true } },
      },
    }),
    db().user.count({ where }),
  ]);
  return toPage(rows, total, window);
}
