import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The audit rows that make up an inbox: the role's actions, in scope, not the actor's own. */
export function inboxWhere(actor: Actor, actions: string[], scope: Prisma.AuditLogWhereInput, after?: Date | null): Prisma.AuditLogWhereInput {
  return {
    AND: [scope, { action: { in: actions } }, { OR: [{ actorId: null }, { actorId: { not: actor.id } }] }, after ? { createdAt: { gt: after } } : {}],
  };
}
