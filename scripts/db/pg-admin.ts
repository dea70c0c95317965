/**
 * Small `pg` helpers shared by the database scripts and the integration test harness.
 * Plain `pg` (not Prisma) because these run before a schema or a generated client exists.
 */
import pg from "pg";

/** The same server as `url`, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The database name a URL points at ("postgres" when the path is empty, like libpq). */
export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  return name === "" ? "postgres" : name;
}

/** Quotes an identifier for SQL; we only ever build names ourselves, this is belt and braces. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Opens a client, runs `fn`, always closes it. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  // An idle client whose server goes away emits "error"; without a listener that kills the process.
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** True when a connection to `url` succeeds. */
export async function canConnect(url: string): Promise<boolean> {
  try {
    await withClient(url, async (c) => c.query("SELECT 1"));
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates the database `url` points at when it does not exist yet, connecting to the
 * server's maintenance database ("postgres", else "template1") to do so.
 */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  try {
    await withClient(url, async (c) => c.query("SELECT 1"));
    return false;
  } catch (error) {
    // 3D000 = invalid_catalog_name: the server is there, the database is not.
    if ((error as { code?: string }).code !== "3D000") throw error;
  }
  const name = databaseName(url);
  let lastError: unknown;
  for (const maintenance of ["postgres", "template1"]) {
    try {
      await withClient(withDatabase(url, maintenance), (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      return true;
    } catch (error) {
      // 42P04 = duplicate_database: someone else created it meanwhile, fine.
      if ((error as { code?: string }).code === "42P04") return false;
      lastError = error;
    }
  }
  throw new Error(`无法创建数据库 ${name}：${(lastError as Error)?.message ?? lastError}`);
}

/** Drops a database even when clients are still connected (PostgreSQL 13+). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  });
}
