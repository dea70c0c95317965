/**
 * Runs once when a server worker starts: the environment is validated now, not on first use, and
 * a bad or missing variable stops the server with a message naming it (exit code 78, which
 * scripts/start-server.mjs treats as "configuration error: do not restart").
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
}
