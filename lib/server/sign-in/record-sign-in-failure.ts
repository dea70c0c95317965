import "@/lib/server/server-only";
import { db } from "@/lib/server/db";
import { THROTTLE_LOCK_SECONDS, THROTTLE_MAX_FAILURES, THROTTLE_WINDOW_SECONDS, throttleKeys } from "./throttle-policy";

export interface RecordSignInFailureOptions {
  loginName: string;
  address: string | null;
}

/**
 * Counts a failed sign-in against the account and the address, in one statement per key so that
 * concurrent attempts on several workers or replicas all count; reaching the limit locks the key.
 */
export async function recordSignInFailure(options: RecordSignInFailureOptions): Promise<void> {
  const client = db();
  for (const { kind, key } of throttleKeys(options.loginName, options.address)) {
    const max = THROTTLE_MAX_FAILURES[kind];
    await client.$executeRaw`
      INSERT INTO sign_in_throttle AS t (key, failures, window_start, locked_until)
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${max} THEN now() + make_interval(secs => ${THROTTLE_LOCK_SECONDS}) END)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t.window_start < now() - make_interval(secs => ${THROTTLE_WINDOW_SECONDS}) THEN 1 ELSE t.failures + 1 END,
        window_start = CASE WHEN t.window_start < now() - make_interval(secs => ${THROTTLE_WINDOW_SECONDS}) THEN now() ELSE t.window_start END,
        locked_until = CASE
          WHEN (CASE WHEN t.window_start < now() - make_interval(secs => ${THROTTLE_WINDOW_SECONDS}) THEN 1 ELSE t.failures + 1 END) >= ${max}
          THEN now() + make_interval(secs => ${THROTTLE_LOCK_SECONDS}) ELSE t.locked_until END`;
  }
}
