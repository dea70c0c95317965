/**
 * The embedded default on a fresh machine: a cold cluster in an empty directory, then a
 * restart that reuses the data, then reuse of a running server. The only test that runs
 * initdb (about a second or two).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ensureDatabase } from "../../scripts/db/ensure-db";
import { withClient } from "../../scripts/db/pg-admin";
import { embeddedMajor } from "../../scripts/db/embedded-pg";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const version = (url: string) => withClient(url, async (c) => (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v);

describe("ensureDatabase without a URL (embedded PostgreSQL)", () => {
  const parent = mkdtempSync(path.join(tmpdir(), "gongkai-ensure-"));
  // mkdtemp makes it 0700; as root, postgres runs as the `postgres` user and must get through.
  chmodSync(parent, 0o755);
  const dir = path.join(parent, "pg");
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it("initialises, starts, reuses a running server, stops and restarts", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("TEST_DATABASE_URL", "");
    try {
      const port = await freePort();
      const first = await ensureDatabase({ purpose: "demo", dataDir: dir, port, log: () => undefined });
      expect(first.source).toBe("embedded");
      expect(first.url).toBe(`postgres://postgres:gongkai-local@127.0.0.1:${port}/gongkai`);
      // The same major version as Debian's client tools (pg_dump), docker compose and CI's server.
      expect(embeddedMajor()).toBe(15);
      expect(await version(first.url)).toMatch(/^15\./);

      const second = await ensureDatabase({ purpose: "demo", dataDir: dir, port, log: () => undefined });
      expect(second).toMatchObject({ source: "reused", url: first.url });
      await second.stop(); // not ours: must not stop it
      expect(await version(first.url)).toMatch(/^\d+/);

      await first.stop();
      await expect(version(first.url)).rejects.toThrow();

      const again = await ensureDatabase({ purpose: "demo", dataDir: dir, port, log: () => undefined });
      expect(again.source).toBe("embedded");
      await again.stop();

      // A demo cluster made by another major version is refused, saying so, and left as it was.
      writeFileSync(path.join(dir, "PG_VERSION"), "18\n");
      await expect(ensureDatabase({ purpose: "demo", dataDir: dir, port, log: () => undefined })).rejects.toThrow(
        /由 PostgreSQL 18 建立，内置的 PostgreSQL 是 15/,
      );
      expect(readFileSync(path.join(dir, "PG_VERSION"), "utf8")).toBe("18\n");
      expect(existsSync(path.join(dir, "base"))).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("makes a test cluster of another major version again (test data is disposable)", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("TEST_DATABASE_URL", "");
    const old = path.join(parent, "old-test-pg");
    mkdirSync(path.join(old, "global"), { recursive: true });
    writeFileSync(path.join(old, "PG_VERSION"), "18\n");
    try {
      const port = await freePort();
      const server = await ensureDatabase({ purpose: "test", dataDir: old, port, log: () => undefined });
      expect(await version(server.url)).toMatch(/^15\./);
      expect(readFileSync(path.join(old, "PG_VERSION"), "utf8").trim()).toBe("15");
      await server.stop();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
