/** scripts/db/migrations.ts on throwaway migration folders. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_TABLE, checksumOf, migrate } from "../../scripts/db/migrations";
import { withClient } from "../../scripts/db/pg-admin";
import { createEmptyDatabase } from "./support/test-db";

describe("migration runner", () => {
  let dir: string;
  let db: Awaited<ReturnType<typeof createEmptyDatabase>>;
  const write = (name: string, sql: string) => {
    mkdirSync(path.join(dir, name), { recursive: true });
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  };
  const tables = () =>
    withClient(db.url, async (c) =>
      (await c.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows.map((r) => r.t),
    );
  const recorded = () => withClient(db.url, async (c) => (await c.query(`SELECT name, checksum FROM ${MIGRATIONS_TABLE} ORDER BY name`)).rows);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "gongkai-migrations-"));
    db = await createEmptyDatabase();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  });

  it("applies pending migrations in name order and records them", async () => {
    write("20200101000001_b", "CREATE TABLE b (a_id int REFERENCES a(id));");
    write("20200101000000_a", "CREATE TABLE a (id int PRIMARY KEY);\nINSERT INTO a VALUES (1);");
    expect(await migrate({ url: db.url, dir })).toEqual({ applied: ["20200101000000_a", "20200101000001_b"], alreadyApplied: 0 });
    expect(await tables()).toEqual([MIGRATIONS_TABLE, "a", "b"]);
    const rows = await recorded();
    expect(rows.map((r) => r.name)).toEqual(["20200101000000_a", "20200101000001_b"]);
    expect(rows[0].checksum).toBe(checksumOf("CREATE TABLE a (id int PRIMARY KEY);\nINSERT INTO a VALUES (1);"));
  });

  it("is idempotent", async () => {
    expect(await migrate({ url: db.url, dir })).toEqual({ applied: [], alreadyApplied: 2 });
    expect(await recorded()).toHaveLength(2);
  });

  it("rolls a failing migration back entirely and records nothing", async () => {
    write("20200101000002_c", "CREATE TABLE c (id int);\nINSERT INTO c VALUES (1);\nINSERT INTO c VALUES ('not a number');");
    await expect(migrate({ url: db.url, dir })).rejects.toThrow(/20200101000002_c 失败，已整体回滚/);
    expect(await tables()).not.toContain("c");
    expect(await recorded()).toHaveLength(2);

    write("20200101000002_c", "CREATE TABLE c (id int);");
    expect((await migrate({ url: db.url, dir })).applied).toEqual(["20200101000002_c"]);
  });

  it("refuses to run when an applied migration was edited", async () => {
    write("20200101000000_a", "CREATE TABLE a (id bigint PRIMARY KEY);");
    write("20200101000003_d", "CREATE TABLE d (id int);");
    await expect(migrate({ url: db.url, dir })).rejects.toThrow(/20200101000000_a 在应用之后被修改过/);
    expect(await tables()).not.toContain("d");
  });

  it("does not count CRLF line endings as an edit", () => {
    expect(checksumOf("SELECT 1;\r\nSELECT 2;\r\n")).toBe(checksumOf("SELECT 1;\nSELECT 2;\n"));
  });
});
