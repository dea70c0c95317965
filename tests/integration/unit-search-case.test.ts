/**
 * Unit search ignores the case of Latin letters (migration unit_search_keys_lower_case): a unit
 * named "CDC" is found by "cdc", "CDC" and "Cdc" on /units, /api/v1/units and the admin's unit
 * search, and the migration rewrote the keys of units that existed before it.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { ZUnitList } from "@/lib/public/api/schemas";
import { migrate, readMigrations, MIGRATIONS_DIR } from "../../scripts/db/migrations";
import { withClient } from "../../scripts/db/pg-admin";
import { apiGet } from "./support/api-routes";
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from "./support/test-db";

const holder = globalThis as typeof globalThis & { __gongkaiPrisma?: unknown };
let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
  holder.__gongkaiPrisma = testDb.prisma;
  await testDb.prisma.unit.createMany({
    data: [
      { code: "430200-cdc", name: "株洲市CDC疾病预防控制中心", shortName: "CDC", region: "株洲市", category: "事业单位" },
      { code: "430200-jcz", name: "CDC检测站", shortName: "检测站", region: "株洲市", category: "事业单位" },
      { code: "430200-wjw", name: "株洲市卫生健康委员会", shortName: "市卫健委", region: "株洲市", category: "行政单位" },
    ],
  });
});

afterAll(async () => {
  delete holder.__gongkaiPrisma;
  await testDb.drop();
});

describe("unit search in any case", () => {
  it("finds units named with capital Latin letters by lower, upper and mixed case, ranked the same way", async () => {
    const { searchUnits } = await import("@/lib/server/public/search-units");
    const codes = async (query: string) => (await searchUnits({ query })).map((u) => u.code);
    // The exact short name first, then a name starting with the text.
    for (const query of ["cdc", "CDC", "Cdc"]) expect(await codes(query), query).toEqual(["430200-cdc", "430200-jcz"]);
    for (const query of ["市cdc疾病", "CDC疾病预防"]) expect(await codes(query), query).toEqual(["430200-cdc"]);
    expect(await codes("cD")).toEqual(["430200-jcz", "430200-cdc"]); // both start with it; the earlier match first
    expect(await codes("cdx")).toEqual([]);
    const api = ZUnitList.parse(await (await apiGet("/api/v1/units?q=cdc")).json());
    expect(api.units.map((u) => u.code)).toEqual(["430200-cdc", "430200-jcz"]);
    expect(api.total).toBe(2);
  });

  it("in the admin's unit search too", async () => {
    const { unitSearchWhere } = await import("@/lib/server/units/unit-search-where");
    for (const query of ["cdc", "CDC", "cDc"]) {
      expect(
        (await testDb.prisma.unit.findMany({ where: unitSearchWhere(query), select: { code: true } })).map((u) => u.code),
        query,
      ).toEqual(["430200-cdc", "430200-jcz"]);
    }
  });

  it("the migration rewrote the keys of units written before it", async () => {
    const migrations = readMigrations();
    const index = migrations.findIndex((m) => m.name.endsWith("_unit_search_keys_lower_case"));
    expect(index).toBeGreaterThan(0);
    // The migrations before this one, a unit written under the old keys, then the rest.
    const before = mkdtempSync(path.join(os.tmpdir(), "gongkai-migrations-"));
    const db = await createEmptyDatabase();
    try {
      for (const m of migrations.slice(0, index)) cpSync(path.join(MIGRATIONS_DIR, m.name), path.join(before, m.name), { recursive: true });
      await migrate({ url: db.url, dir: before });
      const keys = async () =>
        withClient(db.url, async (c) => (await c.query<{ search_grams: string[] }>("SELECT search_grams FROM units WHERE code = 'u-1'")).rows[0].search_grams);
      await withClient(db.url, (c) =>
        c.query("INSERT INTO units (code, name, short_name, region, category, updated_at) VALUES ('u-1', 'CDC中心', 'CDC', '', '', now())"),
      );
      expect(await keys()).not.toContain("cd");
      await migrate({ url: db.url });
      expect(await keys()).toEqual(expect.arrayContaining(["c", "d", "cd", "dc", "c中", "中心"]));
      expect((await keys()).some((k) => /[A-Z]/.test(k))).toBe(false);
      // …and the trigger writes lower-case keys from then on.
      const prisma = createPrismaClient(db.url, { maxConnections: 1 });
      try {
        await prisma.unit.update({ where: { code: "u-1" }, data: { name: "ABC中心" } });
      } finally {
        await prisma.$disconnect();
      }
      expect(await keys()).toEqual(expect.arrayContaining(["ab", "bc", "c中"]));
      expect((await keys()).some((k) => /[A-Z]/.test(k))).toBe(false);
    } finally {
      await db.drop();
      rmSync(before, { recursive: true, force: true });
    }
  });
});
