/**
 * The public data functions (lib/server/public) on a real database seeded like the demo: only
 * published revisions are ever returned; a draft is invisible; corrections keep earlier revisions.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublishedReport } from "@/lib/public/types";
import type { TTransitionRequest } from "@/lib/workspace/review-schemas";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { seedDatabase } from "../../scripts/db/seed-database";

const holder = globalThis as typeof globalThis & { __gongkaiPrisma?: unknown };
let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDatabase(testDb.prisma);
  holder.__gongkaiPrisma = testDb.prisma; // db() returns this client
});

afterAll(async () => {
  delete holder.__gongkaiPrisma;
  await testDb.drop();
});

describe("public reads", () => {
  it("returns the published 2020 report with the core's figures, and nothing for the 2021 draft", async () => {
    const { getPublishedReport } = await import("@/lib/server/public/get-published-report");
    const report = await getPublishedReport({ unitCode: "430203-zgh", year: 2020 });
    expect(report?.revision.number).toBe(1);
    expect(report?.report.figures.incomeTotal).toBe(218940000n); // 218.94 万元
    expect(report?.unit.demo).toBe(false);
    expect(await getPublishedReport({ unitCode: "430203-zgh", year: 2021 })).toBeNull();
    expect(await getPublishedReport({ unitCode: "no-such-unit", year: 2020 })).toBeNull();
  });

  it("lists and searches units with their published years only", async () => {
    const { listUnits } = await import("@/lib/server/public/list-units");
    const page = { page: 1, pageSize: 10 };
    const {
      units: [unit],
    } = await listUnits({ q: "芦淞", page });
    expect(unit.code).toBe("430203-zgh");
    expect(unit.publishedYears.map((y) => y.year)).toEqual([2020]);
    expect((await listUnits({ q: "不存在的单位", page })).units).toEqual([]);
  });

  it("tells on time from not published in 公开情况, treating a draft as not published", async () => {
    const { getPublicationStatus } = await import("@/lib/server/public/get-publication-status");
    const page = { page: 1, pageSize: 100 };
    const y2020 = await getPublicationStatus({ year: 2020, page, now: new Date("2022-01-01T00:00:00Z") });
    expect(y2020?.rows.find((r) => r.unit.code === "430203-zgh")?.timeliness).toBe("onTime");
    const y2021 = await getPublicationStatus({ year: 2021, page, now: new Date("2022-10-01T00:00:00Z") });
    const row = y2021?.rows.find((r) => r.unit.code === "430203-zgh");
    expect(row?.timeliness).toBe("overdue");
    expect(row?.firstPublishedAt).toBeNull();
    expect(await getPublicationStatus({ year: 1999, page })).toBeNull();
  });

  it("shows a correction once published, keeping revision 1 reachable, and never an open draft", async () => {
    const { getPublishedReport } = await import("@/lib/server/public/get-published-report");
    const report = await testDb.prisma.report.findFirstOrThrow({ where: { year: 2020, unit: { code: "430203-zgh" } } });
    const { transitionReport } = await import("@/lib/server/reports/transition-report");
    const { SYSTEM_ACTOR } = await import("@/lib/rules/actor");
    const first = await testDb.prisma.revision.findFirstOrThrow({ where: { reportId: report.id, number: 1 } });
    const step = (request: TTransitionRequest, version: number, at?: Date) =>
      transitionReport({ ...request, actor: SYSTEM_ACTOR, reportId: report.id, version, at, source: "script" }).then((r) => r.version);
    let version = await step({ transition: "correct", changeNote: "更正" }, first.version);
    expect((await getPublishedReport({ unitCode: "430203-zgh", year: 2020 }))?.revision.number).toBe(1);
    expect(await getPublishedReport({ unitCode: "430203-zgh", year: 2020, revision: 2 })).toBeNull();

    const publishedAt = new Date("2021-10-15T02:00:00Z");
    version = await step({ transition: "submit" }, version, publishedAt);
    version = await step({ transition: "approve" }, version, publishedAt);
    await step({ transition: "publish", secrecyReviewed: true, headApproved: true }, version, publishedAt);
    const latest = await getPublishedReport({ unitCode: "430203-zgh", year: 2020 });
    expect(latest?.revision).toMatchObject({ number: 2, changeNote: "更正" });
    expect(latest?.revisions.map((r) => r.number)).toEqual([2, 1]);
    const older = await getPublishedReport({ unitCode: "430203-zgh", year: 2020, revision: 1 });
    expect(older?.latest).toBe(false);
  });

  it("gives the report documents the published report exactly (wire encoding), and a 404 for a draft or a bad path", async () => {
    const { publishedReportProps } = await import("@/lib/server/public/published-report-props");
    const { getPublishedReport } = await import("@/lib/server/public/get-published-report");
    const { fromWire } = await import("@/lib/public/wire");
    const result = await publishedReportProps({ unitCode: "430203-zgh", year: "2020" });
    if (!("props" in result)) throw new Error("expected props");
    expect(fromWire<PublishedReport>(result.props.wire)).toEqual(await getPublishedReport({ unitCode: "430203-zgh", year: 2020 }));
    expect(result.revalidate).toBe(86400);
    const missing: [string, string | undefined][] = [
      ["2021", undefined],
      ["20x1", undefined],
      ["2020", "9"],
      ["2020", "x"],
    ];
    for (const [year, revision] of missing) expect(await publishedReportProps({ unitCode: "430203-zgh", year, revision })).toMatchObject({ notFound: true });
  });

  it("a publication expires, in every worker's page cache, the report, its revisions, the unit, next year and the lists", async () => {
    const { publishedReportPaths, revalidatePublishedReport } = await import("@/lib/server/public/revalidate");
    const { default: PageCacheHandler } = await import("@/lib/server/cache/page-cache-handler.mjs");
    const paths = await publishedReportPaths({ unitCode: "430203-zgh", year: 2020 });
    const expected = [
      "/units/430203-zgh/2020",
      "/units/430203-zgh/2020/r/1",
      "/units/430203-zgh/2020/r/2",
      "/units/430203-zgh/2021",
      // The department report's pages of the two years (a unit without subordinates has none: expiring them costs nothing).
      "/units/430203-zgh/2020/department",
      "/units/430203-zgh/2021/department",
      "/units/430203-zgh",
      "/status/2020",
      "/status",
      "/units",
      "/",
    ];
    expect([...paths].sort()).toEqual([...expected].sort());

    // Pages a worker holds, keyed as Next keys them ("/" is normalised to "/index").
    const dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-expiry-"));
    const handler = new PageCacheHandler({ dir });
    const key = (p: string) => `/route-cache/PAGES/h/$${p === "/" ? "/index" : p}`;
    const unrelated = "/units/430202-zgh/2020";
    for (const p of [...paths, unrelated]) await handler.set(key(p), { kind: "PAGES", html: p, headers: {} }, {});
    await revalidatePublishedReport({ unitCode: "430203-zgh", year: 2020, cacheDir: dir });
    for (const p of paths) expect(await handler.get(key(p)), p).toBeNull();
    expect(await handler.get(key(unrelated))).not.toBeNull();
  });
});
