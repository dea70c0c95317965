import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { inboxActions } from "@/lib/rules/inbox";
import { can } from "@/lib/rules/permissions";
import { auditScopeWhere, decidableAuditWhere } from "@/lib/server/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The audit rows that make up an inbox: the role's actions (lib/rules/inbox.ts), not the actor's own,
 * about reports the actor answers for — a clerk's in scope; a reviewer's those they may decide (a
 * department report's submission goes to the reviewer above the department, not to its own).
 */
export function inboxWhere(actor: Actor, after?: Date | null): Prisma.AuditLogWhereInput {
  const scope = can(actor, "report.review") ? decidableAuditWhere(actor) : auditScopeWhere(actor);
  return {
    AND: [
      scope,
      { action: { in: inboxActions(actor.role) } },
      { OR: [{ actorId: null }, { actorId: { not: actor.id } }] },
      after ? { createdAt: { gt: after } } : {},
    ],
  };
}
