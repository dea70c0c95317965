import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { can } from "@/lib/rules/permissions";
import { auditScopeWhere } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { TAuditFilter } from "@/lib/workspace/review-schemas";
import type { AuditEntryView, Paged } from "@/lib/workspace/view-models";
import { AUDIT_ENTRY_SELECT, auditEntryViews } from "./audit-entry-view";

export const AUDIT_PAGE_SIZE = 50;

export interface ListAuditLogOptions {
  actor: Actor;
  filter: TAuditFilter;
}

/**
 * The audit log, newest first, one page at a time: a reviewer sees the entries of the units in
 * their scope, an admin everything (also entries about no unit: users, seeds). Filterable by
 * unit, year, actor (login name), action and the kind of report (单位决算 or 部门决算).
 */
export async function listAuditLog(options: ListAuditLogOptions): Promise<Paged<AuditEntryView>> {
  const { actor, filter } = options;
  if (!can(actor, "audit.read")) throw new AppError("NOT_FOUND");
  const client = db();
  const [unit, user] = await Promise.all([
    filter.unitCode ? client.unit.findUnique({ where: { code: filter.unitCode }, select: { id: true } }) : null,
    filter.actor ? client.user.findUnique({ where: { loginName: filter.actor }, select: { id: true } }) : null,
  ]);
  const none = { rows: [], total: 0, page: filter.page, pageSize: AUDIT_PAGE_SIZE };
  if ((filter.unitCode && !unit) || (filter.actor && !user)) return none;
  const where = {
    AND: [
      auditScopeWhere(actor),
      unit ? { unitId: unit.id } : {},
      user ? { actorId: user.id } : {},
      filter.year ? { year: filter.year } : {},
      filter.action ? { action: filter.action } : {},
      filter.kind ? { reportKind: filter.kind } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    client.auditLog.count({ where }),
    client.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: AUDIT_ENTRY_SELECT,
    }),
  ]);
  return { rows: await auditEntryViews(client, rows), total, page: filter.page, pageSize: AUDIT_PAGE_SIZE };
}
