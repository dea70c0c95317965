/**
 * `npm run db:backup` then `npm run db:restore` into a new database: every report, revision (with
 * its package), line item and audit event comes back, and the guards (triggers) with them.
 * The embedded test server is PostgreSQL 15, the version of Debian 12's client tools.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { migrate } from "../../scripts/db/migrations";
import { dropDatabase, quoteIdent, withClient, withDatabase } from "../../scripts/db/pg-admin";
import { seedDatabase } from "../../scripts/db/seed-database";
import { testAdminUrl } from "./support/test-db";

const root = path.resolve(import.meta.dirname, "../..");

async function rows<T>(url: string, text: string): Promise<T[]> {
  return withClient(url, async (c) => (await c.query(text)).rows as T[]);
}

/** Everything the test compares, as plain values: ids and a hash of each revision's package. */
async function snapshot(url: string) {
  const tables = await rows<{ t: string }>(url, "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  const counts: Record<string, number> = {};
  for (const { t } of tables) counts[t] = Number((await rows<{ n: string }>(url, `SELECT count(*) AS n FROM ${quoteIdent(t)}`))[0]!.n);
  return {
    counts,
    reports: await rows(url, "SELECT id, status, current_revision_id, published_revision_id FROM reports ORDER BY id"),
    revisions: await rows(url, "SELECT id, report_id, number, status, md5(package::text) AS package FROM revisions ORDER BY id"),
    audit: await rows(url, "SELECT id::text, action, target_type, target_id, created_at FROM audit_log ORDER BY id"),
    lineItems: await rows(url, "SELECT revision_id, count(*)::int AS n, sum(amount)::text AS total FROM line_items GROUP BY 1 ORDER BY 1"),
  };
}

function npm(script: string, args: string[], databaseUrl: string) {
  return spawnSync("npx", ["tsx", `scripts/db/${script}.ts`, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

describe("db:backup and db:restore", () => {
  let admin: string;
  let source: string;
  let target: string;
  let dir: string;

  beforeAll(async () => {
    admin = testAdminUrl();
    const suffix = `${process.pid}_${Date.now()}`;
    source = withDatabase(admin, `gongkai_backup_src_${suffix}`);
    target = withDatabase(admin, `gongkai_backup_dst_${suffix}`);
    await withClient(admin, (c) => c.query(`CREATE DATABASE ${quoteIdent(`gongkai_backup_src_${suffix}`)}`));
    await migrate({ url: source });
    const prisma = createPrismaClient(source, { maxConnections: 2 });
    try {
      await seedDatabase(prisma);
    } finally {
      await prisma.$disconnect();
    }
    dir = mkdtempSync(path.join(tmpdir(), "gongkai-backup-"));
  }, 120_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const url of [source, target]) await dropDatabase(admin, new URL(url).pathname.slice(1)).catch(() => undefined);
  });

  it("restores into a new database every report, revision, line item and audit event", async () => {
    const file = path.join(dir, "gongkai.dump");
    const backup = npm("backup", ["--out", file], source);
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain("已备份数据库");
    expect(statSync(file).size).toBeGreaterThan(10_000);

    const restore = npm("restore", [file], target);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toContain("已从");

    const before = await snapshot(source);
    expect(before.reports.length).toBeGreaterThan(0);
    expect(before.revisions.length).toBeGreaterThan(0);
    expect(before.audit.length).toBeGreaterThan(0);
    expect(await snapshot(target)).toEqual(before);

    // The guards came back too: the audit log is still append-only in the restored database.
    await expect(rows(target, "DELETE FROM audit_log")).rejects.toThrow();
    // And the migration runner sees a current database (nothing to apply).
    expect((await migrate({ url: target })).applied).toEqual([]);
  }, 120_000);

  it("refuses to restore over a database that holds tables, and leaves it as it was", async () => {
    const file = path.join(dir, "gongkai.dump");
    const before = await snapshot(target);
    const again = npm("restore", [file], target);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("不是空的，未恢复");
    expect(await snapshot(target)).toEqual(before);
  }, 60_000);
});
