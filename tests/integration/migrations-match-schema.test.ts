/**
 * The migrations and schema.prisma must describe the same database. Build one database with
 * our runner from prisma/migrations, another straight from schema.prisma (Prisma 6's
 * `migrate diff --from-empty`), and compare their catalogs. Editing schema.prisma without
 * `npm run db:migration -- <name>` fails here.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../../scripts/db/migrations";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "../../scripts/db/paths";
import { withClient } from "../../scripts/db/pg-admin";
import { diffSchemas, isEmptyDiff } from "../../scripts/db/prisma6-diff";
import { readCatalog } from "./support/catalog";
import { createEmptyDatabase, testAdminUrl } from "./support/test-db";

const HINT = "schema.prisma 与 prisma/migrations 不一致：请运行 npm run db:migration -- <名称> 生成迁移";

describe("migrations match schema.prisma", () => {
  const dbs: { drop(): Promise<void> }[] = [];
  afterAll(async () => Promise.all(dbs.map((d) => d.drop())));

  let fromMigrations: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let fromSchema: Awaited<ReturnType<typeof createEmptyDatabase>>;
  beforeAll(async () => {
    [fromMigrations, fromSchema] = await Promise.all([createEmptyDatabase(), createEmptyDatabase()]);
    dbs.push(fromMigrations, fromSchema);
    const sql = await diffSchemas({ from: "empty", to: SCHEMA_PATH, url: testAdminUrl() });
    await Promise.all([migrate({ url: fromMigrations.url }), withClient(fromSchema.url, (c) => c.query(sql))]);
  });

  it("builds the same tables, columns, enums, indexes and constraints", async () => {
    const [a, b] = await Promise.all([readCatalog(fromMigrations.url), readCatalog(fromSchema.url)]);
    expect(a.tables.length).toBeGreaterThan(5);
    expect(a, HINT).toEqual(b);
  });

  it("keeps the last migration's schema snapshot current (the base of the next db:migration)", async () => {
    const last = readMigrations().at(-1)!;
    const snapshot = path.join(MIGRATIONS_DIR, last.name, "schema.prisma");
    const sql = await diffSchemas({ from: snapshot, to: SCHEMA_PATH, url: testAdminUrl() });
    expect(isEmptyDiff(sql), `${snapshot} 落后于 schema.prisma：\n${sql}`).toBe(true);
  });

  it("adds the hand-written rules Prisma cannot express", async () => {
    const { rows } = await withClient(fromMigrations.url, (c) =>
      c.query<{ tgname: string }>("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"),
    );
    expect(rows.map((r) => r.tgname)).toEqual([
      "audit_log_no_truncate",
      "audit_log_no_update_delete",
      "line_items_published_frozen",
      "reports_write_published_line_sums",
      "revision_attachments_published_frozen",
      "revisions_published_frozen",
      "revisions_published_no_delete",
      "units_closure_after_insert",
      "units_closure_after_move",
      "units_search_grams",
      "user_unit_scopes_bump_session_version",
      "users_bump_session_version",
    ]);
  });
});
