/**
 * The database stops and comes back while the app runs (issue 13): the health route and the API
 * answer 503 as JSON, pages a Chinese 503 page (the published report documents stay up from the
 * cache), and everything works again once the database is back — the same server process, no
 * restart. Its own PostgreSQL (embedded, `.data/e2e-outage-pg`) and its own server, so the
 * other specs' database never goes down.
 */
import { expect, test } from "@playwright/test";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { startEmbedded, type EmbeddedServer } from "../scripts/db/embedded-pg";
import { createDatabaseIfMissing, withDatabase } from "../scripts/db/pg-admin";
import { EXTRA_PORT, startExtraServer, type ExtraServer } from "./support/extra-server";
import { UNIT } from "./support/workspace";

const DATA_DIR = path.resolve(import.meta.dirname, "../.data/e2e-outage-pg");
// Derived from the e2e server's port, so each worktree's run has its own; below Linux's ephemeral
// range (32768–60999), where an outgoing connection's local port once took it (56110, in CI).
const PG_PORT = Number(process.env.E2E_OUTAGE_PG_PORT ?? 31_000 + (EXTRA_PORT % 1000));

let pg: EmbeddedServer;
let server: ExtraServer | undefined;

const startPg = () => startEmbedded({ dataDir: DATA_DIR, port: PG_PORT, fast: true, log: () => undefined });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  pg = await startPg();
  const url = withDatabase(pg.adminUrl, "gongkai_outage");
  // As `npm test` prepares the e2e database. The cluster outlives the run, so migrations run every
  // time (a database from an older checkout lacks the newer ones); the seed only into a new database.
  const created = await createDatabaseIfMissing(url);
  for (const script of created ? ["db:migrate", "db:seed"] : ["db:migrate"]) {
    execFileSync("npm", ["run", "--silent", script], { env: { ...process.env, DATABASE_URL: url }, stdio: "inherit" });
  }
  server = await startExtraServer({ databaseUrl: url });
});

test.afterAll(async () => {
  await server?.stop();
  await pg?.stop();
});

async function get(path: string) {
  const response = await fetch(`${server!.url}${path}`, { redirect: "manual" });
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}

test("a database outage is a clear 503 everywhere, and the app recovers by itself", async () => {
  test.setTimeout(180_000);
  expect((await get("/api/health")).status).toBe(200);
  expect((await get("/units")).status).toBe(200);
  const documentBefore = await get(`/units/${UNIT.code}/2020`);
  expect(documentBefore.status).toBe(200);

  await pg.stop();

  // The first page that meets the outage may still render Next's error page (500, "出错了"); it
  // starts the outage answer for everything after it.
  const first = await get("/units");
  expect([500, 503]).toContain(first.status);

  const health = await get("/api/health");
  expect(health.status).toBe(503);
  expect(JSON.parse(health.text)).toEqual({ status: "degraded", database: "unreachable" });

  const api = await get("/api/v1/units");
  expect(api.status).toBe(503);
  expect(JSON.parse(api.text)).toEqual({ error: { code: "UNAVAILABLE", message: "服务暂时不可用，请稍后再试" } });

  for (const page of ["/units", "/login", `/units/${UNIT.code}`, "/"]) {
    const answer = await get(page);
    expect(answer.status, page).toBe(503);
    expect(answer.type).toContain("text/html");
    expect(answer.text, page).toContain("服务暂时不可用");
  }
  // The published report document is served from the page cache meanwhile.
  const document = await get(`/units/${UNIT.code}/2020`);
  expect(document.status).toBe(200);
  expect(document.text).toContain(UNIT.name);

  pg = await startPg();

  // Back within a few seconds (one probe a second), by the same server process.
  await expect.poll(async () => (await get("/units")).status, { timeout: 30_000 }).toBe(200);
  expect((await get("/api/health")).status).toBe(200);
  expect((await get("/api/v1/units")).status).toBe(200);
  expect(server!.process.exitCode).toBeNull();
  expect(server!.output()).not.toMatch(/工作进程 \d+ 退出/); // no worker was restarted
});
