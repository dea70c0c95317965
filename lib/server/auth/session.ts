import "@/lib/server/server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/rules/actor";
import { authOptions } from "./auth-options";
import { getActorById } from "@/lib/server/users/get-actor-by-id";
import { loginPath } from "./login-path";

/** The signed-in actor for this request, or null. Read once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  const actor = userId ? await getActorById({ userId }) : null;
  return actor ? { ...actor, sessionId: session?.user?.sessionId } : null;
});

export const PASSWORD_PATH = "/workspace/password";

/**
 * The actor, or a redirect to the sign-in page that comes back to `returnTo`. Someone signed in
 * with a one-time password is sent to change it first, from every page but that one.
 */
export async function requireActor(returnTo = "/workspace"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(loginPath(returnTo));
  if (actor.mustChangePassword && returnTo !== PASSWORD_PATH) redirect(PASSWORD_PATH);
  return actor;
}
