import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { getActorById } from "@/lib/server/users/get-actor-by-id";
import { verifyUserCredentials } from "@/lib/server/users/verify-user-credentials";
import { startAuthSession } from "@/lib/server/sessions/start-auth-session";
import { checkSignInAllowed } from "./check-sign-in-allowed";
import { clearSignInFailures } from "./clear-sign-in-failures";
import { recordSignInFailure } from "./record-sign-in-failure";

export interface SignInWithPasswordOptions {
  loginName: string;
  password: string;
  /** The client's address (./throttle-policy.ts clientAddress), null when unknown. */
  address: string | null;
}

/**
 * A sign-in attempt: refused without looking at the password while the account or the address is
 * locked; a wrong name or password counts against both. The caller shows one message for every
 * refusal, so nobody learns which part was wrong or that a lock exists. Database errors are thrown.
 */
export async function signInWithPassword(options: SignInWithPasswordOptions): Promise<{ ok: true; actor: Actor; sessionId: string } | { ok: false }> {
  const { loginName, address } = options;
  if (!(await checkSignInAllowed({ loginName, address }))) return { ok: false };
  const user = await verifyUserCredentials({ loginName, password: options.password });
  const actor = user ? await getActorById({ userId: user.id }) : null;
  if (!actor) {
    await recordSignInFailure({ loginName, address });
    return { ok: false };
  }
  await clearSignInFailures({ loginName });
  return { ok: true, actor, sessionId: await startAuthSession({ userId: actor.id }) };
}
