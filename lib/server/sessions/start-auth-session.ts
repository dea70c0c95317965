import "@/lib/server/server-only";
import { db } from "@/lib/server/db";
import { SESSION_LIFETIME_SECONDS } from "@/lib/server/auth/session-policy";

export interface StartAuthSessionOptions {
  userId: string;
}

/**
 * Records a sign-in and returns its id (what the cookie carries). The row remembers the user's
 * session_version, so a later change to the user ends it. Rows past their lifetime are pruned here,
 * a bounded delete on an indexed column, so the table stays the size of the live sessions.
 */
export async function startAuthSession(options: StartAuthSessionOptions): Promise<string> {
  const client = db();
  await client.$executeRaw`DELETE FROM auth_sessions WHERE created_at < now() - make_interval(secs => ${SESSION_LIFETIME_SECONDS * 2})`;
  const rows = await client.$queryRaw<{ id: string }[]>`
    INSERT INTO auth_sessions (user_id, user_version)
    SELECT id, session_version FROM users WHERE id = ${options.userId}::uuid AND active
    RETURNING id::text AS id`;
  if (rows.length !== 1) throw new Error("user not found or inactive while starting a session");
  return rows[0].id;
}
