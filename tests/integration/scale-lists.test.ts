/**
 * Lists at provincial scale (issue 12, docs/decisions/004-revision-summaries.md): the hot queries
 * the data layer really sends can use their indexes (each logged query EXPLAINed with sequential
 * scans disabled, so the answer does not depend on this small table's statistics), every list caps
 * its page size, search finds Chinese substrings
 * ranked, the 公开情况 counts and order computed in SQL agree with timeliness(), and the CSV streams
 * every unit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timeliness } from "@/lib/public/timeliness";
import { appQueryPlans, planReading } from "./support/app-query-plans";
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
  const { saveRevisionRows } = await import("@/lib/server/reports/save-revision-rows");
  await testDb.prisma.unit.createMany({ data: Array.from({ length: UNITS }, (_, i) => syntheticUnit(i)) });
  const units = await testDb.prisma.unit.findMany({ where: { code: { startsWith: "demo-s" } }, orderBy: { code: "asc" }, take: PUBLISHED });
  const reference = loadFixture();
  for (const [i, unit] of units.entries()) {
    await testDb.prisma.$transaction(async (tx) => {
      const at = publishedAt(i);
      const report = await tx.report.create({ data: { unitId: unit.id, year: 2020, status: "PUBLISHED", latestPublishedAt: at } });
      const pkg = syntheticPackage(reference, i, 2020);
      // Line items are written before publication (a published revision's are frozen), as the app does.
      const draft = await tx.revision.create({ data: { reportId: report.id, number: 1, package: pkg, status: "APPROVED" } });
      await saveRevisionRows(tx, draft.id, pkg);
      const revision = await tx.revision.update({ where: { id: draft.id }, data: { status: "PUBLISHED", publishedAt: at } });
      await tx.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id, publishedRevisionId: revision.id } });
      await writeRevisionSummary(tx, revision.id);
    });
  }
  const { writeMissingUnitNameKeys } = await import("@/lib/server/units/write-missing-unit-name-keys");
  await writeMissingUnitNameKeys(testDb.prisma); // as npm run db:seed does for units written without them
  await testDb.prisma.$executeRaw`ANALYZE`;
}, 120_000);

afterAll(async () => {
  delete holder.__gongkaiPrisma;
  await testDb.drop();
});

const admin = async () => {
  const row = await testDb.prisma.user.findUniqueOrThrow({ where: { loginName: "admin" } });
  return { id: row.id, loginName: "admin", displayName: "", role: "ADMIN" as const, unitIds: [] };
};

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
    const workspace = await listWorkspaceReports({ actor: await admin(), page: huge, year: 2020 });
    expect(workspace.rows).toHaveLength(100);
    expect(workspace.info).toMatchObject({ total: UNITS + 1, pageSize: 100, next: 2 });
    // 2020 only: the seeded 2021 draft is another year's.
    expect(workspace.counts).toEqual({ UNIT: { PUBLISHED: PUBLISHED + 1 }, DEPARTMENT: {} });
    const second = await listUnits({ page: { page: 2, pageSize: 100 } });
    expect(second.units).toHaveLength(UNITS + 1 - 100);
    expect(second.info.next).toBeNull();
  });

  it("the API answers with page, pageSize, total and next, full pages up to the cap; a page size over the cap is a 400, never a shorter page", async () => {
    const units = await import("@/app/api/v1/units/route");
    const ctx = { params: Promise.resolve({}) };
    const body = await (await units.GET(new Request("http://x/api/v1/units?pageSize=100&page=1"), ctx)).json();
    expect(body).toMatchObject({ page: 1, pageSize: 100, total: UNITS + 1, next: "/api/v1/units?pageSize=100&page=2" });
    expect(body.units).toHaveLength(100);
    for (const size of ["101", "150", "100000"]) {
      const refused = await units.GET(new Request(`http://x/api/v1/units?pageSize=${size}`), ctx);
      expect(refused.status, size).toBe(400);
      expect((await refused.json()).error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("100") });
    }
    const status = await import("@/app/api/v1/status/[year]/route");
    const year2020 = { params: Promise.resolve({ year: "2020" }) };
    const year = await (await status.GET(new Request("http://x/api/v1/status/2020?pageSize=100"), year2020)).json();
    expect(year).toMatchObject({ pageSize: 100, total: UNITS + 1, next: "/api/v1/status/2020?pageSize=100&page=2" });
    expect(year.units).toHaveLength(100);
    expect((await status.GET(new Request("http://x/api/v1/status/2020?pageSize=150"), year2020)).status).toBe(400);
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

  it("reads the CSV on in batches after the last code sent, every active unit once, by code", async () => {
    const { streamPublicationStatusCsv } = await import("@/lib/server/public/stream-publication-status-csv");
    const text = async (batch?: number, region?: string) =>
      Buffer.from(await new Response(await streamPublicationStatusCsv({ year: 2020, region, batch })).arrayBuffer()).toString("utf8");
    const batched = await text(7); // 131 units: 19 batches
    expect(batched).toBe(await text());
    expect(await text(131)).toBe(batched); // a last batch exactly full, then an empty one
    const codes = batched
      .trimEnd()
      .split("\r\n")
      .slice(2)
      .map((line) => line.split(",")[0]);
    const units = await testDb.prisma.unit.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { code: true } });
    expect(codes).toEqual(units.map((u) => u.code));
    const region = "湖南省长沙市芙蓉区";
    const inRegion = (await text(2, region)).trimEnd().split("\r\n");
    expect(inRegion[0]).toContain(`地区：${region}`);
    expect(inRegion.slice(2).map((line) => line.split(",")[0])).toEqual(
      (await testDb.prisma.unit.findMany({ where: { active: true, region }, orderBy: { code: "asc" } })).map((u) => u.code),
    );
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

describe("browsing by the first letter of the name's pinyin", () => {
  it("lists only that letter's units, ordered by pinyin, with the letters' counts", async () => {
    const { listUnits } = await import("@/lib/server/public/list-units");
    const { listUnitFacets } = await import("@/lib/server/public/list-unit-facets");
    const z = await listUnits({ letter: "Z", page: { page: 1, pageSize: 100 } });
    expect(z.units.length).toBeGreaterThan(0);
    expect(z.units.map((u) => u.code)).toContain("430203-zgh"); // 株洲市芦淞区总工会
    const rows = await testDb.prisma.unit.findMany({
      where: { code: { in: z.units.map((u) => u.code) } },
      select: { code: true, namePinyin: true, nameInitial: true },
    });
    expect(rows.every((r) => r.nameInitial === "Z" && r.namePinyin?.startsWith("z"))).toBe(true);
    const pinyinOf = new Map(rows.map((r) => [r.code, r.namePinyin!]));
    const order = z.units.map((u) => pinyinOf.get(u.code)!);
    expect(order).toEqual([...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const { letters } = await listUnitFacets();
    expect(letters.find((l) => l.value === "Z")?.count).toBe(z.info.total);
    expect(letters.reduce((n, l) => n + l.count, 0)).toBe(UNITS + 1);
    // 长沙市… files under C (cháng, not zhǎng).
    const c = await listUnits({ letter: "C", page: { page: 1, pageSize: 100 } });
    expect(c.units.some((u) => u.name.startsWith("长沙市"))).toBe(true);
  });

  it("a unit written through the data layer gets its keys with its name, and again when the name changes", async () => {
    const { writeUnit } = await import("@/lib/server/units/write-unit");
    const fields = { code: "pinyin-test", name: "重庆市测试局", shortName: "测试局", region: "测试", category: "测试", parentCode: null };
    await writeUnit(testDb.prisma, { actorId: null, fields, source: "test" });
    expect(await testDb.prisma.unit.findUnique({ where: { code: "pinyin-test" }, select: { nameInitial: true, namePinyin: true } })).toEqual({
      nameInitial: "C",
      namePinyin: "chong qing shi ce shi ju",
    });
    await writeUnit(testDb.prisma, { actorId: null, fields: { ...fields, name: "阿克苏测试局" }, source: "test" });
    expect((await testDb.prisma.unit.findUnique({ where: { code: "pinyin-test" } }))?.nameInitial).toBe("A");
    await testDb.prisma.unit.delete({ where: { code: "pinyin-test" } });
  });
});

describe("report JSON served from memory per publication state", () => {
  it("answers the same bytes and tag again, and a new state (the unit renamed) renders anew", async () => {
    const route = await import("@/app/api/v1/units/[unitCode]/reports/[year]/route");
    const get = async () => {
      const response = await route.GET(new Request("http://x/api/v1/units/demo-s00002/reports/2020"), {
        params: Promise.resolve({ unitCode: "demo-s00002", year: "2020" }),
      });
      expect(response.status).toBe(200);
      return { etag: response.headers.get("ETag"), body: await response.text() };
    };
    const first = await get();
    expect(await get()).toEqual(first);
    const unit = await testDb.prisma.unit.findUniqueOrThrow({ where: { code: "demo-s00002" } });
    await testDb.prisma.unit.update({ where: { id: unit.id }, data: { name: `${unit.name}（改名）` } });
    try {
      const renamed = await get();
      expect(renamed.etag).not.toBe(first.etag);
      expect(JSON.parse(renamed.body).unit.name).toBe(`${unit.name}（改名）`);
      const missing = await route.GET(new Request("http://x/api/v1/units/demo-s00002/reports/2020?revision=9"), {
        params: Promise.resolve({ unitCode: "demo-s00002", year: "2020" }),
      });
      expect(missing.status).toBe(404);
    } finally {
      await testDb.prisma.unit.update({ where: { id: unit.id }, data: { name: unit.name } });
    }
  });
});

describe("aggregates over the year's line items", () => {
  it("orders groups by amount as numbers, pages them, and totals every group", async () => {
    const { aggregateLineItems } = await import("@/lib/server/public/aggregate-line-items");
    const all = (await aggregateLineItems({ year: 2020, measure: "expenditure", groupBy: "unit", pageSize: 100 }))!;
    expect(all.total).toBe(PUBLISHED + 1);
    const amounts = all.groups.map((g) => Number(g.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(new Set(all.groups.map((g) => g.amount.split(".")[0].length)).size).toBeGreaterThan(1); // magnitudes differ: text order would differ
    const fen = (text: string) => BigInt(text.replace(".", ""));
    expect(all.groups.reduce((n, g) => n + fen(g.amount), 0n)).toBe(fen(all.sum.amount));
    expect(all.sum.reports).toBe(PUBLISHED + 1);
    const ascending = (await aggregateLineItems({ year: 2020, measure: "expenditure", groupBy: "unit", order: "amount_asc", pageSize: 100 }))!;
    expect(ascending.groups.map((g) => g.amount)).toEqual([...all.groups].reverse().map((g) => g.amount)); // ties go by key both ways
    const beyond = (await aggregateLineItems({ year: 2020, measure: "expenditure", groupBy: "unit", page: 9, pageSize: 50 }))!;
    expect(beyond).toMatchObject({ groups: [], total: PUBLISHED + 1, sum: all.sum });
  });

  it("agrees, group by group, with a plain sum over the published revisions' line items (figures, report counts, the 预算数)", async () => {
    const { aggregateLineItems } = await import("@/lib/server/public/aggregate-line-items");
    const { measureDefinition } = await import("@/lib/public/api/aggregates");
    // The straightforward query: every line item of a published revision of the year, no per-report step.
    const plain = async (sections: readonly string[], fields: readonly string[], key: "class" | "region") =>
      testDb.prisma.$queryRawUnsafe<{ key: string; amount: string; reports: number }[]>(
        `SELECT ${key === "class" ? "left(li.code, 3)" : "u.region"} AS key, sum(li.amount)::text AS amount, count(DISTINCT r.id)::int AS reports
         FROM reports r JOIN revisions v ON v.id = r.published_revision_id AND v.status = 'PUBLISHED'
         JOIN units u ON u.id = r.unit_id AND u.active JOIN line_items li ON li.revision_id = v.id
         WHERE r.year = 2020 AND li.section = ANY($1::text[]) AND li.field = ANY($2::text[]) GROUP BY 1 ORDER BY 1`,
        [...sections],
        [...fields],
      );
    const byKey = (groups: { key: string; amount: string; reports: number }[]) =>
      [...groups].sort((a, b) => a.key.localeCompare(b.key)).map(({ key, amount, reports }) => ({ key, amount, reports }));
    const expenditure = measureDefinition("expenditure");
    const classes = (await aggregateLineItems({ year: 2020, measure: "expenditure", groupBy: "function_class", pageSize: 100 }))!;
    expect(byKey(classes.groups)).toEqual(byKey(await plain(expenditure.sections, expenditure.fields, "class")));
    expect(classes.total).toBe(classes.groups.length);
    const three = measureDefinition("three_public");
    const regions = (await aggregateLineItems({ year: 2020, measure: "three_public", groupBy: "region", pageSize: 100 }))!;
    expect(byKey(regions.groups)).toEqual(byKey(await plain(three.sections, three.fields, "region")));
    expect(byKey(regions.groups.map((g) => ({ key: g.key, ...g.budget! })))).toEqual(
      byKey(await plain(three.budget!.sections, three.budget!.fields, "region")),
    );
    expect(regions.sum.reports).toBe(PUBLISHED + 1);
  });
});

describe("the published sums follow each report's published revision", () => {
  it("a published correction replaces the report's sums, and its earlier revision's no longer count", async () => {
    const { aggregateLineItems } = await import("@/lib/server/public/aggregate-line-items");
    const { saveRevisionRows } = await import("@/lib/server/reports/save-revision-rows");
    const unitSum = async (code: string) =>
      (await aggregateLineItems({ year: 2020, measure: "expenditure", groupBy: "unit", unitPrefix: code, pageSize: 5 }))!.groups.find((g) => g.key === code)
        ?.amount;
    const report = await testDb.prisma.report.findFirstOrThrow({ where: { year: 2020, unit: { code: "demo-s00003" } }, include: { unit: true } });
    const before = await unitSum("demo-s00003");
    // Revision 2 carries another unit's figures; published the way transitionReport does it.
    const pkg = syntheticPackage(loadFixture(), 7, 2020);
    await testDb.prisma.$transaction(async (tx) => {
      const draft = await tx.revision.create({ data: { reportId: report.id, number: 2, package: pkg, status: "APPROVED" } });
      await saveRevisionRows(tx, draft.id, pkg);
      await tx.revision.update({ where: { id: draft.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
      await tx.report.update({ where: { id: report.id }, data: { currentRevisionId: draft.id, publishedRevisionId: draft.id } });
    });
    const [{ expected }] = await testDb.prisma.$queryRaw<{ expected: string }[]>`SELECT sum(li.amount)::text AS expected FROM line_items li
      JOIN reports r ON r.published_revision_id = li.revision_id WHERE r.id = ${report.id}::uuid AND li.section = 'expenditure'
      AND li.field = ANY(ARRAY['basic', 'project', 'remittedToSuperior', 'operating', 'subsidiaryGrants'])`;
    const after = await unitSum("demo-s00003");
    expect(after).toBe(expected);
    expect(after).not.toBe(before);
    const rows = await testDb.prisma.publishedLineSum.count({ where: { reportId: report.id } });
    const distinct = await testDb.prisma.$queryRaw<{ n: number }[]>`SELECT count(DISTINCT (section, field, coalesce(left(code, 3), '')))::int AS n
      FROM line_items WHERE revision_id = (SELECT published_revision_id FROM reports WHERE id = ${report.id}::uuid)`;
    expect(rows).toBe(distinct[0].n); // the new revision's sums only
  });
});

// The SQL each data-layer function really sends (logged by Prisma, parameters and all), EXPLAINed.
describe("hot queries use their indexes", () => {
  const page = { page: 1, pageSize: 20 };
  // A province's proportions for the planner, whatever PostgreSQL's version: thousands of the year's
  // published reports, against which the page's few units and the queue's few submissions are
  // selective. With only this file's dozen reports PostgreSQL 15 reads the year's reports whole
  // rather than the page's units' by key (both are cheap at that size). Last in the file: the other
  // tests count this file's own units and reports.
  const BULK = 3000;
  beforeAll(async () => {
    await testDb.prisma.$executeRaw`WITH u AS (
        INSERT INTO units (code, name, short_name, region, category, updated_at)
        SELECT 'bulk-' || lpad(i::text, 5, '0'), '批量测试单位' || i, '批量' || i, '湖南省测试市' || (i % 40), '行政单位', now()
        FROM generate_series(1, ${BULK}::int) AS i RETURNING id),
      r AS (INSERT INTO reports (unit_id, year, kind, status, updated_at) SELECT id, 2020, 'UNIT', 'PUBLISHED', now() FROM u RETURNING id),
      v AS (INSERT INTO revisions (report_id, number, package, status, published_at, updated_at)
        SELECT id, 1, '{}'::jsonb, 'PUBLISHED', now(), now() FROM r RETURNING id)
      SELECT count(*) FROM v`;
    // A separate statement: the main statement of a WITH does not see the rows its CTEs insert.
    await testDb.prisma.$executeRaw`UPDATE reports r SET current_revision_id = v.id, published_revision_id = v.id, latest_published_at = now()
      FROM revisions v, units u WHERE v.report_id = r.id AND u.id = r.unit_id AND u.code LIKE 'bulk-%'`;
    await testDb.prisma.$executeRaw`ANALYZE`;
  }, 120_000);

  const unitPage = /FROM units u\s+WHERE[\s\S]*LIMIT/;

  it("/units: search uses the search keys' GIN index, region and letter their btree indexes, for the page and its count", async () => {
    const { listUnits } = await import("@/lib/server/public/list-units");
    const search = await appQueryPlans(testDb.url, () => listUnits({ q: "芦淞", page }));
    expect(planReading(search, unitPage)).toContain("units_search_grams_idx");
    expect(planReading(search, /count\(\*\)/)).toContain("units_search_grams_idx");
    expect(planReading(search, /"reports"/)).toContain("reports_unit_id_year_kind_key");
    const region = await appQueryPlans(testDb.url, () => listUnits({ region: "湖南省长沙市芙蓉区", page }));
    expect(planReading(region, unitPage)).toContain("units_region_code_idx");
    const letter = await appQueryPlans(testDb.url, () => listUnits({ letter: "Z", page }));
    expect(planReading(letter, unitPage)).toContain("units_name_initial_name_pinyin_idx");
  });

  it("the 公开情况 board and its CSV reach reports and summaries by their keys", async () => {
    const { getPublicationStatus, listStatusRowsByCode } = await import("@/lib/server/public/get-publication-status");
    const board = await appQueryPlans(testDb.url, () => getPublicationStatus({ year: 2020, page }));
    // The board classifies every unit of the year (overdue first), so it reads the year's reports:
    // by their key per unit or by the year's index, whichever the planner prices lower; never all years.
    for (const plan of [planReading(board, /ORDER BY array_position/), planReading(board, /GROUP BY 1/)]) {
      expect(plan).toMatch(/reports_unit_id_year_kind_key|Index Cond: \(year = 2020\)/);
      expect(plan).toContain("revision_summaries_pkey");
    }
    const deadline = new Date("2021-09-30");
    // The CSV's batches walk the units' code index (no sort of the whole year) and look reports up by key.
    const csv = planReading(
      await appQueryPlans(testDb.url, () => listStatusRowsByCode({ year: 2020, deadline, now: new Date(), limit: 50, afterCode: "demo-s00001" }), {
        inIndexOrder: true,
      }),
      /ORDER BY u\.code/,
    );
    expect(csv).toContain("units_code_key");
    expect(csv).toContain("reports_unit_id_year_kind_key");
    expect(csv).not.toMatch(/Sort/);
  });

  it("the home page's latest reports read their index in order; its year counts are checked against a state key of index lookups", async () => {
    const { listPublishedReports } = await import("@/lib/server/public/list-published-reports");
    const latest = planReading(
      await appQueryPlans(testDb.url, () => listPublishedReports({ limit: 10 }), { inIndexOrder: true }),
      /ORDER BY "public"."reports"."latest_published_at" DESC/,
    );
    expect(latest).toContain("Index Scan Backward using reports_latest_published_at_year_idx");
    expect(latest).not.toMatch(/Sort/);
    const { listFiscalYears } = await import("@/lib/server/public/list-fiscal-years");
    const years = await appQueryPlans(testDb.url, () => listFiscalYears());
    const key = planReading(years, /max\(latest_published_at\)/);
    expect(key).toContain("reports_latest_published_at_year_idx");
    expect(key).toContain("units_updated_at_idx");
  });

  it("a report's JSON is found by unit code, year and revision number through unique keys", async () => {
    const { reportJsonStateKey } = await import("@/lib/server/public/published-report-json");
    const plans = await appQueryPlans(testDb.url, () => reportJsonStateKey("demo-s00001", 2020));
    const plan = planReading(plans, /concat_ws/);
    for (const index of ["units_code_key", "reports_unit_id_year_kind_key"]) expect(plan).toContain(index);
  });

  it("a year's aggregate reads the year's published sums in one index range, not each report's line items", async () => {
    const { aggregateLineItems } = await import("@/lib/server/public/aggregate-line-items");
    for (const [measure, groupBy] of [
      ["expenditure", "function_class"],
      ["three_public", "unit"],
      ["basic_expenditure", "economic_class"],
    ] as const) {
      const plans = await appQueryPlans(testDb.url, () => aggregateLineItems({ year: 2020, measure, groupBy }));
      expect(plans).toHaveLength(1); // the page, the totals and the number of groups in one statement
      const plan = planReading(plans, /FROM published_line_sums s/);
      expect(plan).toContain("published_line_sums_year_kind_section_field_unit_id_class_k_idx");
      expect(plan).toMatch(/Index Cond: \(\(year = 2020\) AND \(kind = 'UNIT'::report_kind\) AND \(section = ANY/);
      // Not one index search per report into the line items (10,000 of them took 1.2–1.6 s at scale).
      expect(plan).not.toContain("line_items");
    }
  });

  it("the review queue and the workspace home read reports by status and by unit, not every report", async () => {
    const actor = await admin();
    const { listReviewQueue } = await import("@/lib/server/review/list-review-queue");
    const { ZQueueFilter } = await import("@/lib/workspace/review-schemas");
    const queue = await appQueryPlans(testDb.url, () => listReviewQueue({ actor, filter: ZQueueFilter.parse({}) }));
    expect(planReading(queue, /"public"."reports"[\s\S]*ORDER BY/)).toContain("reports_status_unit_id_idx");
    // Its checks' counts are the revision summaries': no package is read (nor last year's).
    expect(queue.map((q) => q.sql).join("\n")).not.toMatch(/"package"/);
    expect(queue.map((q) => q.sql).join("\n")).toMatch(/"revision_summaries"/);
    const { listWorkspaceReports } = await import("@/lib/server/reports/list-workspace-reports");
    const home = await appQueryPlans(testDb.url, () => listWorkspaceReports({ actor, year: 2020 }), { inIndexOrder: true });
    expect(planReading(home, /FROM units u\s+WHERE u\.active AND TRUE ORDER BY u\.code/)).toContain("units_code_key");
    // The page's reports with their current revision and its summary: one join, by the page's unit ids.
    const pageReports = planReading(home, /FROM reports r\s+LEFT JOIN revisions v/);
    expect(pageReports).toContain("reports_unit_id_year_kind_key");
    expect(pageReports).toContain("revision_summaries_pkey");
    // An admin's status counts cover the province: every year's reports by kind and status, counted
    // from their index (at 10,000 × 5 an index-only scan took 8 ms, reading every row 22 ms).
    const allYears = await appQueryPlans(testDb.url, () => listWorkspaceReports({ actor }));
    // (Index only where the table is vacuumed, as autovacuum keeps it; this fresh one is not.)
    expect(planReading(allYears, /GROUP BY r\.status/)).toContain("reports_kind_status_idx");
    // A scoped clerk's units, their count and the status counts start from the clerk's own scope rows.
    const row = await testDb.prisma.user.findUniqueOrThrow({ where: { loginName: "clerk" }, include: { scopes: true } });
    const clerk = { id: row.id, loginName: "clerk", displayName: "", role: "CLERK" as const, unitIds: row.scopes.map((s) => s.unitId) };
    const scoped = await appQueryPlans(testDb.url, () => listWorkspaceReports({ actor: clerk, year: 2020 }));
    for (const query of [/FROM units u\s+WHERE u\.active AND u\.id IN[\s\S]*LIMIT/, /count\(\*\)::int AS total/, /GROUP BY r\.status/]) {
      const plan = planReading(scoped, query);
      expect(plan).toContain("user_unit_scopes_pkey");
      expect(plan).toContain("unit_ancestors_pkey");
    }
  });
});
