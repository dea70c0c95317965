/**
 * "The database is down" as the whole worker knows it: set where a request met the outage (any
 * error that isDatabaseUnavailable recognises: instrumentation.ts onRequestError, describeError,
 * the health route), read by proxy.ts, which then answers pages and the API with a clear 503
 * instead of rendering into a generic error page, and probes the database (at most once a
 * second) to end it as soon as the database is back. No restart is needed.
 *
 * Kept on globalThis because proxy.ts and the routes are separate bundles in one process. Pure
 * (the probe is passed in), so unit tests need no database.
 */
const KEY = Symbol.for("gongkai.databaseOutage");
const PROBE_INTERVAL_MS = 1000;

interface OutageState {
  since: number;
  lastProbe: number;
  probing?: Promise<boolean>;
}

function state(): OutageState | undefined {
  return (globalThis as Record<symbol, OutageState | undefined>)[KEY];
}

export function markDatabaseDown(now = Date.now()): void {
  (globalThis as Record<symbol, OutageState | undefined>)[KEY] ??= { since: now, lastProbe: now };
}

export function markDatabaseUp(): void {
  delete (globalThis as Record<symbol, OutageState | undefined>)[KEY];
}

/**
 * Whether requests should get the outage answer now: false when no outage is known; otherwise the
 * database is probed (once a second, shared by concurrent requests) and a success ends the outage.
 */
export async function databaseStillDown(probe: () => Promise<boolean>, now = Date.now()): Promise<boolean> {
  const s = state();
  if (!s) return false;
  if (!s.probing && now - s.lastProbe >= PROBE_INTERVAL_MS) {
    s.lastProbe = now;
    s.probing = probe()
      .catch(() => false)
      .then((up) => {
        if (up) markDatabaseUp();
        s.probing = undefined;
        return up;
      });
  }
  if (s.probing) return !(await s.probing);
  return true;
}
