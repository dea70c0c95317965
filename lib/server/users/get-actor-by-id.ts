import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { db } from "@/lib/server/db";

export interface GetActorByIdOptions {
  userId: string;
}

/**
 * The actor as the database knows them now: role and scopes are read fresh on each request,
 * so a deactivated user or a withdrawn scope takes effect at once, whatever the JWT says.
 */
export async function getActorById(options: GetActorByIdOptions): Promise<Actor | null> {
  if (!/^[0-9a-f-]{36}$/i.test(options.userId)) return null;
  const user = await db().user.findFirst({
    where: { id: options.userId, active: true },
    select: { id: true, loginName: true, displayName: true, role: true, mustChangePassword: true, scopes: { select: { unitId: true } } },
  });
  if (!user) return null;
  return {
    id: user.id,
    loginName: user.loginName,
    displayName: user.displayName,
    role: user.role,
    unitIds: user.scopes.map((s) => s.unitId),
    mustChangePassword: user.mustChangePassword,
  };
}
