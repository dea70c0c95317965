/**
 * Lists at provincial scale (issue 12, docs/decisions/004-revision-summaries.md): the hot queries
 * can use their indexes (EXPLAIN with sequential scans disabled, so the answer does not depend on
 * this small table's statistics), every list caps its page size, search finds Chinese substrings
 * ranked, the 公开情况 counts and order computed in SQL agree with timeliness(), and the CSV streams
 * every unit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { timeliness } from "@/lib/public/timeliness";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { seedDatabase } from "../../scripts/db/seed-database";
import { loadFixture } from "../../scripts/db/seed-data";
import { syntheticPackage, syntheticUnit } from "../../scripts/bench/synthetic-data";

const holder = globalThis as typeof globalThis & { __gongkaiPrisma?: unknown };
let testDb: TestDatabase;
const UNITS = 130;
const PUBLISHED = 12;
// 2020's deadline is 2021-09-30 (China time); these straddle it.
const publishedAt = (i: number) => [new Date("2021-09-30T15:59:00Z"), new Date("2021-09-30T16:00:00Z"), new Date("2021-03-01T02:00:00Z")][i % 3];

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDatabase(testDb.prisma);
  holder.__gongkaiPrisma = testDb.prisma;
  const { writeRevisionSummary } = await import("@/lib/server/reports/write-revision-summary");
  await testDb.prisma.unit.createMany({ data: Array.from({ length: UNITS }, (_, i) => syntheticUnit(i)) });
  const units = await testDb.prisma.unit.findMany({ where: { code: { startsWith: "demo-s" } }, orderBy: { code: "asc" }, take: PUBLISHED });
  const reference = loadFixture();
  for (const [i, unit] of units.entries()) {
    await testDb.prisma.$transaction(async (tx) => {
      const at = publishedAt(i);
      const report = await tx.report.create({ data: { unitId: unit.id, year: 2020, status: "PUBLISHED", latestPublishedAt: at } });
      const revision = await tx.revision.create({ data: { reportId: report.id, number: 1, package: syntheticPackage(reference, i, 2020), status: "PUBLISHED", publishedAt: at } });
      await tx.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id, publishedRevisionId: revision.id } });
      await writeRevisionSummary(tx, revision.id);
    });
  }
  await testDb.prisma.$executeRaw`ANALYZE`;
}, 120_000);

afterAll(async () => {
  delete holder.__gongkaiPrisma;
  await testDb.drop();
});

/** The plan of `query` as text, with sequential scans disabled: which indexes it can use. */
async function plan(query: Prisma.Sql): Promise<string> {
  return testDb.prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${query}`;
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

describe("hot queries use their indexes", () => {
  it("unit search by a Chinese substring uses the search keys' GIN index; a region filter its index", async () => {
    const { unitWhereSql, unitOrderSql } = await import("@/lib/server/public/unit-search-sql");
    const search = { q: "芦淞" };
    expect(await plan(Prisma.sql`SELECT u.code FROM units u WHERE ${unitWhereSql(search)} ORDER BY ${unitOrderSql(search)} LIMIT 20`)).toContain("units_search_grams_idx");
    const region = { region: "湖南省长沙市芙蓉区" };
    expect(await plan(Prisma.sql`SELECT u.code FROM units u WHERE ${unitWhereSql(region)} ORDER BY ${unitOrderSql(region)} LIMIT 20`)).toContain("units_region_code_idx");
  });

  it("the 公开情况 board reaches reports and summaries by their keys", async () => {
    const { statusFromSql } = await import("@/lib/server/public/publication-status-sql");
    const text = await plan(Prisma.sql`SELECT u.code, s.first_published_at FROM ${statusFromSql(2020)} WHERE u.active ORDER BY u.code LIMIT 50`);
    expect(text).toContain("reports_unit_id_year_key");
    expect(text).toContain("revision_summaries_pkey");
  });

  it("the home page's latest reports and the review queue read an index in order", async () => {
    expect(await plan(Prisma.sql`SELECT id FROM reports WHERE published_revision_id IS NOT NULL ORDER BY latest_published_at DESC LIMIT 10`)).toContain("reports_latest_published_at_idx");
    expect(await plan(Prisma.sql`SELECT revision_id FROM revision_summaries WHERE status = 'SUBMITTED' ORDER BY submitted_at LIMIT 20`)).toContain("revision_summaries_status_submitted_at_idx");
  });
});

describe("lists cap their page size", () => {
  it("units, 公开情况 and the workspace never return more than 100 rows, however many are asked for", async () => {
    const { listUnits } = await import("@/lib/server/public/list-units");
    const { getPublicationStatus } = await import("@/lib/server/public/get-publication-status");
    const huge = { page: 1, pageSize: 100_000 };
    const units = await listUnits({ page: huge });
    expect(units.units).toHaveLength(100);
    expect(units.info).toMatchObject({ total: UNITS + 1, pageSize: 100, next: 2 });
    const status = await getPublicationStatus({ year: 2020, page: huge });
    expect(status?.rows).toHaveLength(100);
    expect(status?.info).toMatchObject({ total: UNITS + 1, next: 2 });
    const { listWorkspaceReports } = await import("@/lib/server/reports/list-workspace-reports");
    const admin = await testDb.prisma.user.findUniqueOrThrow({ where: { loginName: "admin" } });
    const workspace = await listWorkspaceReports({ actor: { id: admin.id, loginName: "admin", displayName: "", role: "ADMIN", unitIds: [] }, page: huge, year: 2020 });
    expect(workspace.rows).toHaveLength(100);
    expect(workspace.info).toMatchObject({ total: UNITS + 1, pageSize: 100, next: 2 });
    expect(workspace.counts).toMatchObject({ PUBLISHED: PUBLISHED + 1, DRAFT: 1 });
    const second = await listUnits({ page: { page: 2, pageSize: 100 } });
    expect(second.units).toHaveLength(UNITS + 1 - 100);
    expect(second.info.next).toBeNull();
  });

  it("the API answers with page, pageSize (capped), total and next; a page size over the contract's limit is a 400", async () => {
    const units = await import("@/app/api/v1/units/route");
    const ctx = { params: Promise.resolve({}) };
    const body = await (await units.GET(new Request("http://x/api/v1/units?pageSize=150&page=1"), ctx)).json();
    expect(body).toMatchObject({ page: 1, pageSize: 100, total: UNITS + 1, next: "/api/v1/units?pageSize=100&page=2" });
    expect(body.units).toHaveLength(100);
    expect((await units.GET(new Request("http://x/api/v1/units?pageSize=100000"), ctx)).status).toBe(400);
    const status = await import("@/app/api/v1/status/[year]/route");
    const year = await (await status.GET(new Request("http://x/api/v1/status/2020?pageSize=150"), { params: Promise.resolve({ year: "2020" }) })).json();
    expect(year).toMatchObject({ pageSize: 100, total: UNITS + 1, next: "/api/v1/status/2020?pageSize=100&page=2" });
    expect(year.units).toHaveLength(100);
  });
});

describe("search", () => {
  it("finds Chinese substrings of names, short names and codes, best match first", async () => {
    const { searchUnits } = await import("@/lib/server/public/search-units");
    const lusong = await searchUnits({ query: "芦淞" });
    // A short name starting with the text ranks before a match inside a name.
    expect(lusong[0]).toMatchObject({ code: "demo-s00011", shortName: "芦淞区总工会" });
    expect(lusong.map((u) => u.code)).toContain("430203-zgh");
    expect(lusong.every((u) => u.name.includes("芦淞") || u.shortName.includes("芦淞"))).toBe(true);
    const unions = await searchUnits({ query: "总工会", limit: 100 });
    expect(unions.length).toBeGreaterThan(1);
    expect(unions.every((u) => u.name.includes("总工会") || u.shortName.includes("总工会"))).toBe(true);
    expect((await searchUnits({ query: "区总工会" }))[0].shortName).toBe("区总工会"); // exact short name first
    expect((await searchUnits({ query: "430203-ZGH" })).map((u) => u.code)).toEqual(["430203-zgh"]);
    expect(await searchUnits({ query: "%" })).toEqual([]); // LIKE wildcards are text
    expect(await searchUnits({ query: "不存在的单位" })).toEqual([]);
  });
});

describe("公开情况 in SQL", () => {
  it("classifies and counts exactly like timeliness(), those needing attention first", async () => {
    const { getPublicationStatus } = await import("@/lib/server/public/get-publication-status");
    const now = new Date("2021-12-01T00:00:00Z");
    const status = (await getPublicationStatus({ year: 2020, now, page: { page: 1, pageSize: 100 } }))!;
    const all = [...status.rows, ...(await getPublicationStatus({ year: 2020, now, page: { page: 2, pageSize: 100 } }))!.rows];
    for (const row of all) expect(row.timeliness, row.unit.code).toBe(timeliness(row.firstPublishedAt, status.deadline, now));
    const ranks = all.map((r) => ["overdue", "pending", "late", "onTime"].indexOf(r.timeliness));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(status.counts).toEqual({ onTime: 1 + 8, late: 4, pending: 0, overdue: UNITS + 1 - 13, total: UNITS + 1, published: 13 });
    const { listFiscalYears } = await import("@/lib/server/public/list-fiscal-years");
    const y2020 = (await listFiscalYears({ now })).find((y) => y.year === 2020);
    expect(y2020?.counts).toEqual(status.counts);
  });

  it("streams the year's CSV with every unit", async () => {
    const { streamPublicationStatusCsv } = await import("@/lib/server/public/stream-publication-status-csv");
    const bytes = Buffer.from(await new Response(await streamPublicationStatusCsv({ year: 2020 })).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^2020年度部门决算公开情况/);
    expect(lines).toHaveLength(2 + UNITS + 1);
    expect(lines.filter((l) => l.includes("按时公开") || l.includes("逾期公开"))).toHaveLength(13);
    expect(await streamPublicationStatusCsv({ year: 1999 })).toBeNull();
  });
});
