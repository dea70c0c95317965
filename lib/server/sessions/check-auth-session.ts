import "@/lib/server/server-only";
import { db } from "@/lib/server/db";
import { SESSION_IDLE_SECONDS, SESSION_LIFETIME_SECONDS, SESSION_TOUCH_SECONDS } from "@/lib/server/auth/session-policy";

export interface CheckAuthSessionOptions {
  sessionId: string;
  userId: string;
}

/**
 * True while the session may be used: not signed out, within its lifetime and idle limit, its
 * user active and unchanged since sign-in. Counts as activity (last_seen_at, at most once a
 * minute). A database failure is thrown, not answered "false": an outage is not a sign-out.
 */
export async function checkAuthSession(options: CheckAuthSessionOptions): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(options.sessionId) || !/^[0-9a-f-]{36}$/i.test(options.userId)) return false;
  const client = db();
  const rows = await client.$queryRaw<{ stale: boolean }[]>`
    SELECT s.last_seen_at < now() - make_interval(secs => ${SESSION_TOUCH_SECONDS}) AS stale
      FROM auth_sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = ${options.sessionId}::uuid AND s.user_id = ${options.userId}::uuid
       AND s.ended_at IS NULL AND u.active AND u.session_version = s.user_version
       AND s.created_at > now() - make_interval(secs => ${SESSION_LIFETIME_SECONDS})
       AND s.last_seen_at > now() - make_interval(secs => ${SESSION_IDLE_SECONDS})`;
  if (rows.length !== 1) return false;
  if (rows[0].stale) await client.$executeRaw`UPDATE auth_sessions SET last_seen_at = now() WHERE id = ${options.sessionId}::uuid`;
  return true;
}
