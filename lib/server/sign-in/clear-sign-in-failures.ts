import "@/lib/server/server-only";
import { db } from "@/lib/server/db";
import { throttleKeys } from "./throttle-policy";

export interface ClearSignInFailuresOptions {
  loginName: string;
}

/** A successful sign-in forgets the account's failures (not the address's: others may share it). */
export async function clearSignInFailures(options: ClearSignInFailuresOptions): Promise<void> {
  const [account] = throttleKeys(options.loginName, null);
  await db().$executeRaw`DELETE FROM sign_in_throttle WHERE key = ${account.key}`;
}
