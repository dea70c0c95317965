import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { can } from "@/lib/rules/permissions";
import { AppError } from "@/lib/server/errors";

/** Every admin DAL function starts here: anyone without the permission finds nothing (404). */
export function requireAdmin(actor: Actor): void {
  if (!can(actor, "admin.manage") || actor.mustChangePassword) throw new AppError("NOT_FOUND");
}
