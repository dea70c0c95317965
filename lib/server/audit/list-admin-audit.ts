import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { pageWindow, toPage } from "@/lib/server/admin/paging";
import { db } from "@/lib/server/db";

export interface ListAdminAuditOptions {
  actor: Actor;
  query?: unknown;
}

/** Verbs of the admin area and the bulk import (units, users and scopes, years, codes, texts). */
export const ADMIN_AUDIT_PREFIXES = ["unit.", "user.", "fiscalYear.", "codeSet.", "defaultText.", "import."] as const;

/** 管理操作记录: newest first, paged, with who, what, before and after. */
export async function listAdminAudit(options: ListAdminAuditOptions) {
  requireAdmin(options.actor);
  const window = pageWindow(options.query);
  const where = {
    OR: ADMIN_AUDIT_PREFIXES.map((prefix) => ({ action: { startsWith: prefix } })),
    // Own password changes are not admin changes.
    NOT: { action: "user.changePassword" },
  };
  const [rows, total] = await Promise.all([
    db().auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: window.skip,
      take: window.take,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { loginName: true, displayName: true } },
      },
    }),
    db().auditLog.count({ where }),
  ]);
  return toPage(
    rows.map((r) => ({ ...r, id: String(r.id) })),
    total,
    window,
  );
}
