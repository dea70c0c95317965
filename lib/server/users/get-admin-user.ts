import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ADMIN_USER_SELECT } from "./user-audit-shape";

export interface GetAdminUserOptions {
  actor: Actor;
  loginName: string;
}

/** One user with their scopes, for the admin's edit page. */
export async function getAdminUser(options: GetAdminUserOptions) {
  requireAdmin(options.actor);
  const user = await db().user.findUnique({ where: { loginName: options.loginName }, select: ADMIN_USER_SELECT });
  if (!user) throw new AppError("NOT_FOUND");
  return user;
}
