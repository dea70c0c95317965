/**
 * A save cut off mid-transaction (its database connection dies after the revision, its line items
 * and its summary were written, before the audit entry) leaves nothing half-written: the draft,
 * its line items, its summary and the audit log are as before, the caller gets "服务暂时不可用",
 * and the next save goes through on the same pool.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadFixture } from "../../scripts/db/seed-data";
import type { TPackage } from "../../lib/disclosure/package";
import { withClient } from "../../scripts/db/pg-admin";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, type World } from "./support/workspace-world";
import { current } from "./support/workspace-mocks";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});
vi.mock("@/lib/server/auth/session", async () => {
  const { current: state } = await import("./support/workspace-mocks");
  return { getActor: async () => state.actor, requireActor: async () => state.actor };
});

const { saveDraftAction } = await import("@/lib/server/actions/save-draft-action");

let db: TestDatabase;
let world: World;

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
  current.actor = world.clerk;
});
afterAll(() => db.drop());

/** Everything a save writes, as plain values. */
async function state() {
  return withClient(db.url, async (c) => {
    const one = async (sql: string, params: unknown[] = [world.draft.revisionId]) => (await c.query(sql, params)).rows;
    return {
      revision: await one("SELECT version, updated_at, md5(package::text) AS package FROM revisions WHERE id = $1"),
      lineItems: await one(
        "SELECT count(*)::int AS n, sum(amount)::text AS total, md5(string_agg(section || field || coalesce(code, '') || amount, ',' ORDER BY section, field, code, amount)) AS h FROM line_items WHERE revision_id = $1",
      ),
      summary: await one("SELECT md5(to_jsonb(s)::text) AS h FROM revision_summaries s WHERE revision_id = $1"),
      audit: await one("SELECT count(*)::int AS n FROM audit_log", []),
    };
  });
}

describe("a save interrupted mid-transaction", () => {
  it("writes nothing, answers 服务暂时不可用, and the next save succeeds", async () => {
    const before = await state();
    const { version } = await db.prisma.revision.findUniqueOrThrow({ where: { id: world.draft.revisionId } });
    const changed: TPackage = { ...loadFixture(), year: 2021, reasons: { grandTotalChange: "中断的保存" } };

    // Hold the audit log, which the save writes last: it waits there with everything else written.
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE");
    const saving = saveDraftAction({ reportId: world.draft.reportId, version, package: changed });

    let pid: number | undefined;
    for (let i = 0; i < 200 && !pid; i++) {
      const { rows } = await holder.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
      );
      pid = rows[0]?.pid;
      if (!pid) await new Promise((r) => setTimeout(r, 50));
    }
    expect(pid, "the save reached the audit entry").toBeDefined();
    // It had written the revision and its line items in its transaction: the lock it holds says so.
    const { rows: locks } = await holder.query<{ relname: string }>(
      "SELECT DISTINCT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = $1 AND l.mode = 'RowExclusiveLock'",
      [pid],
    );
    expect(locks.map((l) => l.relname)).toEqual(expect.arrayContaining(["revisions", "line_items"]));

    // The connection dies (a crashed worker, a network cut, a database restart all look like this).
    await holder.query("SELECT pg_terminate_backend($1)", [pid]);
    await holder.query("ROLLBACK");
    await holder.end();

    expect(await saving).toMatchObject({ ok: false, code: "UNAVAILABLE", message: "服务暂时不可用，请稍后再试" });
    expect(await state()).toEqual(before);

    const retried = await saveDraftAction({ reportId: world.draft.reportId, version, package: changed });
    expect(retried).toMatchObject({ ok: true, data: { version: version + 1 } });
    const after = await state();
    expect(after.revision).not.toEqual(before.revision);
    expect(after.audit[0].n).toBe(before.audit[0].n + 1);
  });
});
