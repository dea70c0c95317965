import "@/lib/server/server-only";
import { db } from "@/lib/server/db";
import { throttleKeys } from "./throttle-policy";

export interface CheckSignInAllowedOptions {
  loginName: string;
  address: string | null;
}

/** False while the account or the address is locked after too many failed sign-ins. */
export async function checkSignInAllowed(options: CheckSignInAllowedOptions): Promise<boolean> {
  const keys = throttleKeys(options.loginName, options.address).map((k) => k.key);
  const locked = await db().$queryRaw<{ key: string }[]>`
    SELECT key FROM sign_in_throttle WHERE key = ANY(${keys}::text[]) AND locked_until > now()`;
  return locked.length === 0;
}
