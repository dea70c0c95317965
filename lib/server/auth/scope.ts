/**
 * Scope in the query: every DAL function builds its `where` from these, so a row outside the
 * actor's units is simply not found. Admins see every unit.
 */
import type { Actor } from "@/lib/rules/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, type Permission } from "@/lib/rules/permissions";
import { decidingReach, REPORT_KINDS, type ReviewReach } from "@/lib/rules/department";
import type { DbClient } from "@/lib/server/db";

/**
 * The units the actor's scopes cover, as a relation filter on the closure table (unit_ancestors):
 * a unit is in scope when one of its ancestors — itself at depth 0 — is a scope of the actor,
 * either exactly (depth 0) or with its whole subtree. The query holds the actor's id only, never
 * a list of unit ids, so it stays one indexed EXISTS for a reviewer who sees a whole province
 * (docs/decisions/005-unit-tree-and-scopes.md).
 */
function scopedUnits(actor: Actor) {
  return {
    ancestorLinks: {
      some: {
        OR: [
          { depth: 0, ancestor: { scopes: { some: { userId: actor.id } } } },
          { ancestor: { scopes: { some: { userId: actor.id, includeSubtree: true } } } },
        ],
      },
    },
  };
}

/**
 * The units a scope with its subtree reaches from strictly above (closure depth > 0): ReviewReach's
 * `above`, as reviewReach computes it for one unit, as a relation filter for a list.
 */
function unitsBelowScopes(actor: Actor) {
  return { ancestorLinks: { some: { depth: { gt: 0 }, ancestor: { scopes: { some: { userId: actor.id, includeSubtree: true } } } } } };
}

/** The units where the actor has `reach` (covers: in scope; above: below a scope with its subtree). */
function unitsWithReach(actor: Actor, reach: keyof ReviewReach) {
  return reach === "covers" ? scopedUnits(actor) : unitsBelowScopes(actor);
}

/** `where` for Unit rows the actor may see. */
export function unitScopeWhere(actor: Actor) {
  return actor.role === "ADMIN" ? {} : scopedUnits(actor);
}

/** `where` for Report rows the actor may see (wrapped in AND so callers may spread it next to their own `unit` filter). */
export function reportScopeWhere(actor: Actor) {
  return actor.role === "ADMIN" ? {} : { AND: [{ unit: scopedUnits(actor) }] };
}

/**
 * `where` for Report rows the actor may act on with `permission`. A role without the permission
 * gets a filter that matches nothing: to them the report does not exist (404, not 403).
 */
export function reportWhereFor(actor: Actor, permission: Permission) {
  if (!can(actor, permission)) return { AND: [{ id: { in: [] as string[] } }] };
  return reportScopeWhere(actor);
}

/**
 * `where` for Report rows the actor may decide (return, approve, publish): those of each kind whose
 * unit the actor reaches as decidingReach (lib/rules/department.ts) asks — a unit report in scope,
 * a department report below one of the actor's subtree scopes, never the department's own
 * reviewer's. Nothing without the review permission; everything for an admin.
 */
export function decidableReportWhere(actor: Actor) {
  if (!can(actor, "report.review")) return { AND: [{ id: { in: [] as string[] } }] };
  if (actor.role === "ADMIN") return {};
  return { AND: [{ OR: REPORT_KINDS.map((kind) => ({ kind, unit: unitsWithReach(actor, decidingReach(kind)) })) }] };
}

/**
 * `where` for audit entries about reports the actor may decide (the reviewer's inbox): by the
 * entry's report kind, as decidableReportWhere. Every entry about a report carries its kind
 * (writeAuditLog requires it; migration audit_report_kind filled the older ones).
 */
export function decidableAuditWhere(actor: Actor): Prisma.AuditLogWhereInput {
  if (!can(actor, "report.review")) return { AND: [{ id: { in: [] as bigint[] } }] };
  if (actor.role === "ADMIN") return {};
  return { AND: [{ OR: REPORT_KINDS.map((kind) => ({ reportKind: kind, unit: unitsWithReach(actor, decidingReach(kind)) })) }] };
}

/** `where` for audit entries the actor may read: those about a unit in scope (an admin reads all). */
export function auditScopeWhere(actor: Actor) {
  return actor.role === "ADMIN" ? {} : { AND: [{ unit: scopedUnits(actor) }] };
}

/**
 * The same rule as scopedUnits, for raw SQL over a unit id column: the set of units in scope is
 * built from the actor's own scope rows through the closure table (an index range per scope), so
 * the planner starts from the handful of scopes instead of testing every unit of the province
 * against them. TRUE for an admin. Used where a list reads the whole scope (the workspace home).
 */
export function unitScopeSql(actor: Actor, unitId: Prisma.Sql): Prisma.Sql {
  if (actor.role === "ADMIN") return Prisma.sql`TRUE`;
  return Prisma.sql`${unitId} IN (SELECT a.descendant_id FROM user_unit_scopes s
    JOIN unit_ancestors a ON a.ancestor_id = s.unit_id AND (a.depth = 0 OR s.include_subtree)
    WHERE s.user_id = ${actor.id}::uuid)`;
}

/**
 * Of `unitIds`, those where the actor has ReviewReach's `above` (as reviewReach computes it for one
 * unit): one query over the actor's scope rows and these units' closure rows. All for an admin.
 */
export async function unitsReachedFromAbove(client: DbClient, actor: Actor, unitIds: string[]): Promise<Set<string>> {
  if (actor.role === "ADMIN") return new Set(unitIds);
  if (unitIds.length === 0) return new Set();
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT a.descendant_id AS id
    FROM user_unit_scopes s JOIN unit_ancestors a ON a.ancestor_id = s.unit_id
    WHERE s.user_id = ${actor.id}::uuid AND a.depth > 0 AND s.include_subtree AND a.descendant_id = ANY(${unitIds}::uuid[])`;
  return new Set(rows.map((r) => r.id));
}

/**
 * Where the actor's scope reaches relative to one unit (lib/rules/department.ts, review follows the
 * tree): `covers` as unitScopeWhere, `above` when a scope with its subtree sits on a strict ancestor
 * (closure depth > 0). One query over the actor's scope rows and the unit's closure rows.
 */
export async function reviewReach(client: DbClient, actor: Actor, unitId: string): Promise<ReviewReach> {
  if (actor.role === "ADMIN") return { covers: true, above: true };
  const [row] = await client.$queryRaw<ReviewReach[]>`
    SELECT coalesce(bool_or(a.depth = 0 OR s.include_subtree), false) AS covers,
           coalesce(bool_or(a.depth > 0 AND s.include_subtree), false) AS above
    FROM user_unit_scopes s JOIN unit_ancestors a ON a.ancestor_id = s.unit_id
    WHERE s.user_id = ${actor.id}::uuid AND a.descendant_id = ${unitId}::uuid`;
  return row ?? { covers: false, above: false };
}
