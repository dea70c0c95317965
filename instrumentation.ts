/**
 * Runs once when a server worker starts: the environment is validated now, not on first use, and
 * a bad or missing variable stops the server with a message naming it (exit code 78, which
 * scripts/start-server.mjs treats as "configuration error: do not restart"). Then, without
 * holding up the start, the worker opens its database connections (lib/server/warm-up-worker.ts).
 */
export const CONFIG_ERROR_EXIT_CODE = 78;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { parseServerEnv } = await import("./lib/server/env-schema");
  try {
    parseServerEnv(process.env);
  } catch (error) {
    console.error(`[gongkai] 无法启动：${error instanceof Error ? error.message : String(error)}`);
    process.exit(CONFIG_ERROR_EXIT_CODE);
  }
  const { warmUpWorker } = await import("./lib/server/warm-up-worker");
  void warmUpWorker();
}

/**
 * Next calls this for every error a page, route or action throws on the server: one that means
 * "database unreachable" starts the outage answer (503) of lib/server/http/database-outage.ts.
 */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable } = await import("./lib/server/db-unavailable");
  if (!isDatabaseUnavailable(error)) return;
  const { markDatabaseDown } = await import("./lib/server/http/database-outage");
  markDatabaseDown();
}
