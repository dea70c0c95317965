/**
 * Runs once per `vitest run -c vitest.integration.config.ts`:
 * 1. finds the test server (ensureDatabase: TEST_DATABASE_URL, DATABASE_URL, else embedded);
 * 2. takes a server-wide advisory lock for the whole run, so two runs against one server
 *    (two engineers, or `npm test` next to `npm run test:integration`) queue instead of
 *    dropping each other's databases;
 * 3. drops databases left behind by killed runs, and rebuilds `gongkai_template` with the
 *    migration runner, so test files can clone it (support/test-db.ts).
 */
import pg from "pg";
import type { TestProject } from "vitest/node";
import { ensureDatabase } from "../../../scripts/db/ensure-db";
import { ensureGeneratedClient } from "../../../scripts/db/generate";
import { migrate } from "../../../scripts/db/migrations";
import { quoteIdent, withClient, withDatabase } from "../../../scripts/db/pg-admin";
import { TEMPLATE_DATABASE, TEST_DATABASE_PREFIX } from "./names";

const RUN_LOCK_KEY = 7_046_153;

export default async function setup(project: TestProject) {
  const started = Date.now();
  // Test files import the generated client; a fresh clone (or an edited schema) needs it first.
  ensureGeneratedClient();
  const database = await ensureDatabase({ purpose: "test" });
  const adminUrl = database.url;

  const lock = new pg.Client({ connectionString: adminUrl });
  lock.on("error", () => undefined);
  await lock.connect();
  const { rows } = await lock.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [RUN_LOCK_KEY]);
  if (!rows[0]?.ok) {
    console.log("[integration] 另一组集成测试正在使用该数据库服务器，等待其结束…");
    await lock.query("SELECT pg_advisory_lock($1)", [RUN_LOCK_KEY]);
  }

  await withClient(adminUrl, async (c) => {
    const leftovers = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2", [
      `${TEST_DATABASE_PREFIX}%`,
      TEMPLATE_DATABASE,
    ]);
    for (const { datname } of leftovers.rows) {
      // A template cannot be dropped until it is an ordinary database again.
      await c.query(`ALTER DATABASE ${quoteIdent(datname)} WITH IS_TEMPLATE false`);
      await c.query(`DROP DATABASE ${quoteIdent(datname)} WITH (FORCE)`);
    }
    await c.query(`CREATE DATABASE ${quoteIdent(TEMPLATE_DATABASE)}`);
  });
  const migrated = Date.now();
  await migrate({ url: withDatabase(adminUrl, TEMPLATE_DATABASE) });
  // No connections allowed: CREATE DATABASE … TEMPLATE fails while anyone is connected to it.
  await withClient(adminUrl, (c) => c.query(`ALTER DATABASE ${quoteIdent(TEMPLATE_DATABASE)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`));
  console.log(`[integration] ${database.source} PostgreSQL ready, template migrated in ${Date.now() - migrated} ms ` + `(setup ${Date.now() - started} ms)`);

  project.provide("testDbAdminUrl", adminUrl);
  process.env.GONGKAI_TEST_ADMIN_URL = adminUrl;

  return async () => {
    // Leave the server as we found it (test files drop their own databases).
    await withClient(adminUrl, async (c) => {
      await c.query(`ALTER DATABASE ${quoteIdent(TEMPLATE_DATABASE)} WITH IS_TEMPLATE false`);
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(TEMPLATE_DATABASE)} WITH (FORCE)`);
    }).catch(() => undefined);
    await lock.query("SELECT pg_advisory_unlock($1)", [RUN_LOCK_KEY]).catch(() => undefined);
    await lock.end().catch(() => undefined);
    await database.stop();
  };
}
