/**
 * GET /api/health: 200 when the database answers, 503 (not a crash, not a hang) when it does not.
 * The route module is loaded fresh for each case, so `db()` reads the DATABASE_URL set here.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

let database: TestDatabase;
const originalUrl = process.env.DATABASE_URL;

async function callHealth(url: string) {
  process.env.DATABASE_URL = url;
  delete (globalThis as { __gongkaiPrisma?: unknown }).__gongkaiPrisma;
  vi.resetModules();
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  return { status: response.status, body: await response.json(), cache: response.headers.get("cache-control") };
}

beforeAll(async () => {
  database = await createTestDatabase();
});

beforeEach(() => {
  delete (globalThis as { __gongkaiPrisma?: unknown }).__gongkaiPrisma;
});

afterAll(async () => {
  process.env.DATABASE_URL = originalUrl;
  delete (globalThis as { __gongkaiPrisma?: unknown }).__gongkaiPrisma;
  await database.drop();
});

describe("GET /api/health", () => {
  it("answers 200 when the database answers SELECT 1", async () => {
    const result = await callHealth(database.url);
    expect(result).toEqual({ status: 200, body: { status: "ok", database: "ok" }, cache: "no-store" });
  });

  it("answers 503 within its two-second budget when the database is unreachable", async () => {
    const started = Date.now();
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const result = await callHealth("postgres://postgres@127.0.0.1:1/none");
    expect(result.status).toBe(503);
    expect(result.body).toEqual({ status: "degraded", database: "unreachable" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
