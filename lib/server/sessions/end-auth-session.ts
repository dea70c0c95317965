import "@/lib/server/server-only";
import { db } from "@/lib/server/db";

export interface EndAuthSessionOptions {
  sessionId: string;
}

/** Sign-out: the session's cookie stops working at once, even if a copy of it was kept. */
export async function endAuthSession(options: EndAuthSessionOptions): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(options.sessionId)) return;
  await db().$executeRaw`UPDATE auth_sessions SET ended_at = now() WHERE id = ${options.sessionId}::uuid AND ended_at IS NULL`;
}
