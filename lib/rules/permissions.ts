/**
 * The permission matrix as typed constant data: which role may do what. Scope (which units)
 * is the other half of every decision and is applied in the query (lib/server/auth/scope.ts).
 * Pure: pages, components and the DAL all ask `can()`.
 */
import type { Actor, TRole } from "./actor";

export const PERMISSIONS = {
  "report.read": ["CLERK", "REVIEWER", "ADMIN"],
  "report.create": ["CLERK", "ADMIN"],
  "report.edit": ["CLERK", "ADMIN"],
  "report.import": ["CLERK", "ADMIN"],
  "report.submit": ["CLERK", "ADMIN"],
  "report.withdraw": ["CLERK", "ADMIN"],
  "report.review": ["REVIEWER", "ADMIN"],
  "report.return": ["REVIEWER", "ADMIN"],
  "report.approve": ["REVIEWER", "ADMIN"],
  "report.publish": ["REVIEWER", "ADMIN"],
  "report.correct": ["CLERK", "ADMIN"],
  "report.comment": ["REVIEWER", "ADMIN"],
  "comment.answer": ["CLERK", "ADMIN"],
  "audit.read": ["REVIEWER", "ADMIN"],
  "inbox.read": ["CLERK", "REVIEWER", "ADMIN"],
  "workspace.enter": ["CLERK", "REVIEWER", "ADMIN"],
  "user.changeOwnPassword": ["CLERK", "REVIEWER", "ADMIN"],
  // The admin area (/workspace/admin): units, users and scopes, years, code sets, default texts.
  "admin.manage": ["ADMIN"],
  // `npm run disclosure -- import` acts as an admin: creates units, writes and publishes reports.
  "report.bulkImport": ["ADMIN"],
} as const satisfies Record<string, readonly TRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Pick<Actor, "role">, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly TRole[]).includes(actor.role);
}
