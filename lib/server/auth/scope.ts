/**
 * Scope in the query: every DAL function builds its `where` from these, so a row outside the
 * actor's units is simply not found. Admins see every unit.
 */
import type { Actor } from "@/lib/rules/actor";
import { can, type Permission } from "@/lib/rules/permissions";

/** `where` for Unit rows the actor may see. */
export function unitScopeWhere(actor: Actor): { id?: { in: string[] } } {
  return actor.role === "ADMIN" ? {} : { id: { in: actor.unitIds } };
}

/** `where` for Report rows the actor may see. */
export function reportScopeWhere(actor: Actor): { unitId?: { in: string[] } } {
  return actor.role === "ADMIN" ? {} : { unitId: { in: actor.unitIds } };
}

/**
 * `where` for Report rows the actor may act on with `permission`. A role without the permission
 * gets a filter that matches nothing: to them the report does not exist (404, not 403).
 */
export function reportWhereFor(actor: Actor, permission: Permission): { unitId?: { in: string[] } } {
  if (!can(actor, permission)) return { unitId: { in: [] } };
  return reportScopeWhere(actor);
}
