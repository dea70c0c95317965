import "@/lib/server/server-only";
import { db } from "./db";

/** True when the database answers `SELECT 1` within two seconds; false on any failure (incl. bad config). */
export async function checkDatabase(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), 2000);
  });
  const ping = (async () => {
    try {
      await db().$queryRaw`SELECT 1`;
      return true;
    } catch {
      return false;
    }
  })();
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
