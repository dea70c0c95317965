import "server-only";
import { db } from "./db";

/** True when the database answers `SELECT 1` within two seconds. */
export async function checkDatabase(): Promise<boolean> {
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000));
    await Promise.race([db().$queryRaw`SELECT 1`, timeout]);
    return true;
  } catch {
    return false;
  }
}
