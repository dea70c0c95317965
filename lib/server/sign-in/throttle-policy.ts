/**
 * Sign-in throttling, as data. Pure: shared by the server and its tests.
 * An account is locked after a few failures (someone guessing one person's password); an address
 * after many more (someone trying many accounts, or an office behind one NAT address mistyping).
 */
export const THROTTLE_WINDOW_SECONDS = 15 * 60;
export const THROTTLE_LOCK_SECONDS = 15 * 60;
export const THROTTLE_MAX_FAILURES = { account: 5, address: 30 } as const;

export type ThrottleKind = keyof typeof THROTTLE_MAX_FAILURES;

/** The throttle rows for one attempt. Login names are case-folded so "Clerk" and "clerk" count together. */
export function throttleKeys(loginName: string, address: string | null): { kind: ThrottleKind; key: string }[] {
  const keys: { kind: ThrottleKind; key: string }[] = [{ kind: "account", key: `account:${loginName.trim().toLowerCase()}` }];
  if (address) keys.push({ kind: "address", key: `address:${address}` });
  return keys;
}

/**
 * The client's address: the last X-Forwarded-For entry, which is the one our own proxy (nginx) or,
 * without a proxy, Next itself adds; earlier entries are whatever the client sent.
 */
export function clientAddress(forwardedFor: string | string[] | null | undefined): string | null {
  const value = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  const last = value
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  return last && last.length <= 64 ? last : null;
}
