/**
 * The /api/v1 contract on a real database (the seed plus the public 示例数据): every endpoint's
 * answer parses with the zod schema the OpenAPI document is generated from, every documented
 * example works, errors are `{ error: { code, message } }` with the right status, unknown and
 * unpublished are the same 404, ETags give 304, and the aggregates agree with the core's figures.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { ENDPOINTS } from "@/lib/public/api/endpoints";
import { buildOpenApi } from "@/lib/public/api/openapi";
import { GROUP_BY_KEYS, MEASURE_KEYS, groupingAllowed } from "@/lib/public/api/aggregates";
import { MAX_PAGE_SIZE } from "@/lib/public/api/paging";
import {
  ZAggregate,
  ZDepartmentReport,
  ZError,
  ZPublicationStatus,
  ZReport,
  ZReportList,
  ZRevisionQuery,
  ZUnitList,
  ZUnitOverview,
  ZYears,
} from "@/lib/public/api/schemas";
import { seedDatabase } from "../../scripts/db/seed-database";
import { seedPublicDemo } from "../../scripts/db/seed-public-demo-data";
import { apiGet } from "./support/api-routes";
import { publishDepartmentReport } from "./support/department-world";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

const holder = globalThis as typeof globalThis & { __gongkaiPrisma?: unknown };
let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDatabase(testDb.prisma);
  await seedPublicDemo(testDb.prisma);
  holder.__gongkaiPrisma = testDb.prisma;
  // The demo data has no unit tree: a published department report (D100 over D101, D102, 2021) for its endpoints.
  await publishDepartmentReport(testDb.prisma);
}, 120_000);

afterAll(async () => {
  delete holder.__gongkaiPrisma;
  await testDb.drop();
});

async function json<S extends z.ZodType>(schema: S, path: string): Promise<z.output<S>> {
  const response = await apiGet(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/json");
  return schema.parse(await response.json());
}

async function error(path: string, status: number, code: string) {
  const response = await apiGet(path);
  expect(response.status, path).toBe(status);
  const body = ZError.parse(await response.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  return body.error.message;
}

describe("the OpenAPI document", { timeout: 120_000 }, () => {
  it("is valid OpenAPI 3.1 and is what /api/v1/openapi.json serves", async () => {
    const document = buildOpenApi();
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(await json({ parse: (v: unknown) => v } as never, "/api/v1/openapi.json")).toEqual(document);
  });

  it("documents every route, and every documented example answers 200", async () => {
    for (const endpoint of ENDPOINTS) {
      // Only the department endpoints lack an example (the demo data has none): called below.
      if (endpoint.example === undefined) {
        expect(endpoint.path, "an endpoint without an example").toContain("/department");
        continue;
      }
      if (endpoint.example.endsWith(".pdf")) continue; // needs Chromium and a running server: e2e covers it
      // The seeded reports carry no attachment: its 404 is checked here, a download in attachments.test.ts.
      if (endpoint.path.endsWith("/attachments/{kind}")) {
        expect((await apiGet(endpoint.example)).status, endpoint.example).toBe(404);
        continue;
      }
      const response = await apiGet(endpoint.example);
      expect(response.status, endpoint.example).toBe(200);
    }
    expect(Object.keys(buildOpenApi().paths as object)).toHaveLength(ENDPOINTS.length);
  });
});

/** Every department endpoint, at the published department report: the documented status, media type or schema. */
describe("the department endpoints answer as documented", { timeout: 120_000 }, () => {
  const department = ENDPOINTS.filter((e) => e.path.includes("/department"));
  const at = (path: string, params: Record<string, string>) => path.replace(/\{(\w+)\}/g, (_, k: string) => params[k]);

  it("are documented: report, package.json, tables.xlsx, tables/{file}, report.pdf, attachments/{kind}", () => {
    expect(department.map((e) => e.path.replace("/api/v1/units/{unitCode}/reports/{year}/department", "")).sort()).toEqual([
      "",
      "/attachments/{kind}",
      "/package.json",
      "/report.pdf",
      "/tables.xlsx",
      "/tables/{file}",
    ]);
    const paths = buildOpenApi().paths as Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }>;
    for (const endpoint of department) {
      const op = paths[endpoint.path].get;
      expect(
        op.parameters.map((p) => p.name),
        endpoint.path,
      ).toContain("revision");
      expect(Object.keys(op.responses), endpoint.path).toEqual(expect.arrayContaining(["200", "400", "404"]));
    }
  });

  it("answer 200 with the documented body, for the newest revision and for ?revision=1", async () => {
    for (const endpoint of department) {
      if (endpoint.path.endsWith(".pdf")) continue; // needs Chromium and a running server: e2e/department-report.spec.ts prints it
      for (const query of ["", "?revision=1"]) {
        const path = at(endpoint.path, { unitCode: "D100", year: "2021", file: "g03.csv", kind: "stamped" }) + query;
        const response = await apiGet(path);
        expect(response.status, path).toBe(200);
        if ("mediaType" in endpoint.response) {
          expect(response.headers.get("content-type"), path).toContain(endpoint.response.mediaType);
          expect((await response.arrayBuffer()).byteLength, path).toBeGreaterThan(0);
        } else {
          expect(response.headers.get("content-type"), path).toContain("application/json");
          endpoint.response.parse(await response.json());
        }
      }
    }
    const report = await json(ZDepartmentReport, "/api/v1/units/D100/reports/2021/department");
    expect(report).toMatchObject({ kind: "department", unit: { code: "D100" }, revision: { number: 1, latest: true } });
    expect(report.members).toEqual([
      { code: "D100", name: "市总工会", own: true, url: "/api/v1/units/D100" },
      { code: "D101", name: "甲区工会", own: false, url: "/api/v1/units/D101" },
      { code: "D102", name: "乙区工会", own: false, url: "/api/v1/units/D102" },
    ]);
    expect(report.report.tables).toHaveLength(9);
    // Its stamped PDF, at the department report's own address.
    expect(report.attachments.map((a) => a.url)).toEqual(["/api/v1/units/D100/reports/2021/department/attachments/stamped?revision=1"]);
  });

  it("answer the documented errors: 404 (the same as any unpublished report) and 400", async () => {
    const unpublished = await error("/api/v1/units/430203-zgh/reports/2021", 404, "NOT_FOUND");
    for (const endpoint of department) {
      // A unit without subordinates (D101), a year without a department report, a revision never published.
      for (const [unitCode, year, query] of [
        ["D101", "2021", ""],
        ["D100", "2020", ""],
        ["D100", "2021", "?revision=2"],
        ["no-such-unit", "2021", ""],
      ]) {
        const path = at(endpoint.path, { unitCode, year, file: "g01.csv", kind: "stamped" }) + query;
        expect(await error(path, 404, "NOT_FOUND"), path).toBe(unpublished);
      }
      expect(await error(at(endpoint.path, { unitCode: "D100", year: "20x1", file: "g01.csv", kind: "stamped" }), 400, "BAD_REQUEST")).toContain("年度");
    }
    await error("/api/v1/units/D100/reports/2021/department/tables/g10.csv", 404, "NOT_FOUND");
    // The unit's own address is its unit report, which is not published: nor are its attachments
    // (the department report's stamped PDF is only under …/department/attachments).
    await error("/api/v1/units/D100/reports/2021", 404, "NOT_FOUND");
    expect(await error("/api/v1/units/D100/reports/2021/attachments/stamped", 404, "NOT_FOUND")).toBe(unpublished);
    await error("/api/v1/units/D100/reports/2021/department/attachments/self-evaluation", 404, "NOT_FOUND");
  });
});

describe("responses match their schemas", { timeout: 120_000 }, () => {
  it("units, unit, report, years, status", async () => {
    const units = await json(ZUnitList, "/api/v1/units");
    expect(units.units.map((u) => u.code)).toContain("430203-zgh");
    const unit = await json(ZUnitOverview, "/api/v1/units/430203-zgh");
    expect(unit.reports.find((r) => r.year === 2020)?.status).toBe("published");
    const report = await json(ZReport, "/api/v1/units/430203-zgh/reports/2020");
    expect(report.report.tables).toHaveLength(9);
    expect(report.report.figures.threePublicActual).toMatch(/^\d+\.\d{2}$/);
    const years = await json(ZYears, "/api/v1/years");
    expect(years.years.map((y) => y.year)).toContain(2020);
    const status = await json(ZPublicationStatus, "/api/v1/status/2020");
    expect(status.units.length).toBeGreaterThan(1);
  });

  it("lists published reports by year, unit prefix and region, paged with next", async () => {
    const all = await json(ZReportList, "/api/v1/reports?year=2020");
    expect(all.reports.map((r) => r.unit.code).sort()).toEqual(["430203-zgh", "demo-danganguan", "demo-wenhuaguan"]);
    expect(all).toMatchObject({ page: 1, pageSize: 50, total: 3, next: null });
    const first = await json(ZReportList, "/api/v1/reports?year=2020&pageSize=2");
    expect(first.reports).toHaveLength(2);
    expect(first.next).toBe("/api/v1/reports?year=2020&pageSize=2&page=2");
    const second = await json(ZReportList, first.next!);
    expect(second.reports).toHaveLength(1);
    expect(second.next).toBeNull();
    expect((await json(ZReportList, "/api/v1/reports?unit=demo-")).reports.every((r) => r.unit.demo)).toBe(true);
    expect((await json(ZReportList, "/api/v1/reports?region=没有这个地区")).total).toBe(0);
    // The 2021 draft of 430203-zgh is never listed.
    expect((await json(ZReportList, "/api/v1/reports?year=2021&unit=430203")).total).toBe(0);
  });
});

describe("errors", { timeout: 120_000 }, () => {
  it("are 400 for a bad year, an unknown measure or grouping, a page size over the cap", async () => {
    expect(await error("/api/v1/units/430203-zgh/reports/20x0", 400, "BAD_REQUEST")).toContain("年度");
    expect(await error("/api/v1/reports?year=abcd", 400, "BAD_REQUEST")).toContain("year");
    expect(await error("/api/v1/aggregates?year=2020&measure=salary&groupBy=unit", 400, "BAD_REQUEST")).toContain("measure");
    expect(await error("/api/v1/aggregates?year=2020&measure=income&groupBy=colour", 400, "BAD_REQUEST")).toContain("groupBy");
    expect(await error("/api/v1/aggregates?year=2020&measure=three_public&groupBy=function_class", 400, "BAD_REQUEST")).toContain("groupBy");
    expect(await error("/api/v1/aggregates?measure=income&groupBy=unit", 400, "BAD_REQUEST")).toContain("year");
    expect(await error("/api/v1/reports?pageSize=101", 400, "BAD_REQUEST")).toContain("100");
    expect(await error("/api/v1/reports?page=0", 400, "BAD_REQUEST")).toContain("page");
    expect(await error("/api/v1/status/20", 400, "BAD_REQUEST")).toContain("年度");
    expect(await error("/api/v1/open-data/20x0/datapackage.json", 400, "BAD_REQUEST")).toContain("年度");
  });

  it("are a 400 for a ?revision= the OpenAPI document's parameter does not allow, on every report address, and only then", async () => {
    const paths = buildOpenApi().paths as Record<string, { get: { parameters: { name: string; in: string; schema: { pattern?: string } }[] } }>;
    const withRevision = ENDPOINTS.filter((e) => e.query === ZRevisionQuery);
    expect(withRevision).toHaveLength(12); // six report addresses and their department twins
    for (const endpoint of withRevision.filter((e) => !e.path.endsWith(".pdf"))) {
      const parameter = paths[endpoint.path].get.parameters.find((p) => p.name === "revision" && p.in === "query");
      expect(parameter?.schema.pattern, endpoint.path).toBeDefined();
      const documented = new RegExp(parameter!.schema.pattern!);
      const base = endpoint.path.replace(/\{(\w+)\}/g, (_, k: string) => ({ unitCode: "D100", year: "2021", file: "g01.csv", kind: "stamped" })[k]!);
      for (const value of ["1", "01", "9999", "abc", "12345", "-1", "1.0", ""]) {
        const response = await apiGet(`${base}?revision=${encodeURIComponent(value)}`);
        // Allowed: the revision (1) or the same 404 as any unpublished one (0001 is 1; 9999 never published).
        if (documented.test(value)) {
          expect(response.status, `${base} revision=${value}`).not.toBe(400);
          await response.body?.cancel();
        } else {
          expect(response.status, `${base} revision=${value}`).toBe(400);
          expect(ZError.parse(await response.json()).error.message).toContain("revision");
        }
      }
    }
  });

  it("are a 400 over the one page-size cap on every paged endpoint, which the OpenAPI document states and serves in full", async () => {
    const paths = buildOpenApi().paths as Record<string, { get: { parameters: { name: string; description?: string }[] } }>;
    const paged = ENDPOINTS.filter((e) => e.query && "pageSize" in e.query.shape);
    expect(paged.map((e) => e.path).sort()).toEqual(["/api/v1/aggregates", "/api/v1/reports", "/api/v1/status/{year}", "/api/v1/units"]);
    for (const endpoint of paged) {
      const pageSize = paths[endpoint.path].get.parameters.find((p) => p.name === "pageSize");
      expect(pageSize?.description, endpoint.path).toContain(`最大 ${MAX_PAGE_SIZE}`);
      const url = new URL(endpoint.example!, "http://gongkai.test");
      url.searchParams.set("pageSize", String(MAX_PAGE_SIZE + 1));
      expect(await error(`${url.pathname}${url.search}`, 400, "BAD_REQUEST"), endpoint.path).toContain(`pageSize`);
      url.searchParams.set("pageSize", String(MAX_PAGE_SIZE));
      const body = (await (await apiGet(`${url.pathname}${url.search}`)).json()) as { pageSize: number };
      expect(body.pageSize, endpoint.path).toBe(MAX_PAGE_SIZE);
    }
  });

  it("are the same 404 for an unknown unit, an unknown year and an unpublished report", async () => {
    const unknownUnit = await error("/api/v1/units/no-such-unit/reports/2020", 404, "NOT_FOUND");
    const unpublished = await error("/api/v1/units/430203-zgh/reports/2021", 404, "NOT_FOUND");
    const unknownYear = await error("/api/v1/units/430203-zgh/reports/1999", 404, "NOT_FOUND");
    expect(new Set([unknownUnit, unpublished, unknownYear]).size).toBe(1);
    await error("/api/v1/units/430203-zgh/reports/2021/package.json", 404, "NOT_FOUND");
    await error("/api/v1/units/no-such-unit", 404, "NOT_FOUND");
    const unknownYearMessage = await error("/api/v1/status/1999", 404, "NOT_FOUND");
    expect(await error("/api/v1/open-data/1999/datapackage.json", 404, "NOT_FOUND")).toBe(unknownYearMessage);
    // Aggregates of a year the system does not have: the same 404, never a year of zeros; a known
    // year without published reports is a valid answer of zeros.
    for (const query of [
      "measure=income&groupBy=unit",
      "measure=three_public&groupBy=region&unit=430203",
      "measure=expenditure&groupBy=function_class&page=2",
    ]) {
      expect(await error(`/api/v1/aggregates?year=1999&${query}`, 404, "NOT_FOUND"), query).toBe(unknownYearMessage);
    }
    expect(await json(ZAggregate, "/api/v1/aggregates?year=2019&measure=income&groupBy=unit")).toMatchObject({
      sum: { amount: "0.00", reports: 0 },
      groups: [],
      total: 0,
    });
    const aggregates = (buildOpenApi().paths as Record<string, { get: { description: string; responses: Record<string, { description: string }> } }>)[
      "/api/v1/aggregates"
    ].get;
    expect(aggregates.responses["404"].description).toContain("没有该年度");
    expect(aggregates.description).toContain("404");
  });

  it("are the same error body for an address no route has (app/api/[...path]), whatever the method", async () => {
    const catchAll = await import("@/app/api/[...path]/route");
    for (const [method, handler] of [
      ["GET", catchAll.GET],
      ["POST", catchAll.POST],
      ["DELETE", catchAll.DELETE],
    ] as const) {
      for (const path of ["/api/v1/nope", "/api/v1/units/430203-zgh/reports/2020/nope", "/api/nothing-here"]) {
        const response = await handler(new Request(`http://gongkai.test${path}`, { method }), { params: Promise.resolve({ path: path.split("/").slice(2) }) });
        expect(response.status, `${method} ${path}`).toBe(404);
        expect(response.headers.get("content-type")).toContain("application/json");
        expect(response.headers.get("access-control-allow-origin")).toBe("*");
        const body = ZError.parse(await response.json());
        expect(body.error.code).toBe("NOT_FOUND");
        expect(body.error.message).toContain("接口不存在");
      }
    }
    expect((await catchAll.OPTIONS()).status).toBe(204);
  });
});

describe("caching", { timeout: 120_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives every published-data answer an ETag and 304 on If-None-Match, asked again later", async () => {
    for (const path of [
      "/api/v1/units/430203-zgh/reports/2020",
      "/api/v1/units/430203-zgh/reports/2020/tables/g01.csv",
      "/api/v1/units/430203-zgh/reports/2020/tables.xlsx",
      "/api/v1/units/D100/reports/2021/department/tables.xlsx",
      "/api/v1/reports?year=2020",
      "/api/v1/aggregates?year=2020&measure=income&groupBy=unit",
      "/api/v1/open-data/2020/datapackage.json",
      "/api/v1/status/2020.csv",
    ]) {
      vi.useRealTimers();
      const first = await apiGet(path);
      const etag = first.headers.get("etag");
      expect(etag, path).toMatch(/^"/);
      expect(first.headers.get("cache-control")).toContain("s-maxage");
      const body = Buffer.from(await first.arrayBuffer());
      // A minute later (only the clock moves; the status CSV's tag follows China's date, so its
      // minute is one that stays within the day): the same tag, and the same bytes.
      const now = new Date();
      const later = path.endsWith(".csv") && path.includes("/status/") ? now : new Date(now.getTime() + 61_000);
      vi.useFakeTimers({ toFake: ["Date"], now: later, shouldAdvanceTime: true });
      const again = await apiGet(path, { "If-None-Match": etag! });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
      const other = await apiGet(path, { "If-None-Match": '"other"' });
      expect(other.status).toBe(200);
      expect(other.headers.get("etag"), path).toBe(etag);
      expect(Buffer.compare(Buffer.from(await other.arrayBuffer()), body), path).toBe(0);
    }
  });
});

describe("aggregates", { timeout: 120_000 }, () => {
  it("sum 三公经费 by unit, 决算数 and 预算数 in one answer, to what the core computed for each published report", async () => {
    const agg = await json(ZAggregate, "/api/v1/aggregates?year=2020&measure=three_public&groupBy=unit");
    const fen = (text: string) => BigInt(text.replace(".", ""));
    let expected = 0n;
    let expectedBudget = 0n;
    for (const group of agg.groups) {
      const report = await json(ZReport, `/api/v1/units/${group.key}/reports/2020`);
      expect(group.amount, group.key).toBe(report.report.figures.threePublicActual);
      expect(group.budget, group.key).toEqual({ amount: report.report.figures.threePublicBudget, reports: 1 });
      expect(group.reports).toBe(1);
      expected += fen(report.report.figures.threePublicActual as string);
      expectedBudget += fen(report.report.figures.threePublicBudget as string);
    }
    expect(agg.groups).toHaveLength(3);
    expect(fen(agg.sum.amount)).toBe(expected);
    expect(agg.sum.reports).toBe(3);
    expect(fen(agg.sum.budget!.amount)).toBe(expectedBudget);
    expect(agg.sum.budget!.reports).toBe(3);
    // A measure with one figure has no budget.
    expect((await json(ZAggregate, "/api/v1/aggregates?year=2020&measure=income&groupBy=unit")).sum.budget).toBeUndefined();
    const amounts = agg.groups.map((g) => fen(g.amount));
    expect([...amounts].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(amounts); // amount_desc by default
    // Every measure and grouping, ordered as numbers, not as their decimal texts ("9.00" before
    // "10.00" descending); the data must hold a case where the two orders differ, or this proves nothing.
    let textOrderDiffers = false;
    for (const measure of MEASURE_KEYS) {
      for (const groupBy of GROUP_BY_KEYS.filter((g) => groupingAllowed(measure, g))) {
        for (const order of ["amount_desc", "amount_asc"]) {
          const texts = (await json(ZAggregate, `/api/v1/aggregates?year=2020&measure=${measure}&groupBy=${groupBy}&order=${order}`)).groups.map(
            (g) => g.amount,
          );
          const numeric = [...texts].sort((x, y) => (fen(x) < fen(y) ? -1 : fen(x) > fen(y) ? 1 : 0));
          if (order === "amount_desc") numeric.reverse();
          expect(texts, `${measure} ${groupBy} ${order}`).toEqual(numeric);
          const asText = [...texts].sort();
          if (order === "amount_desc") asText.reverse();
          textOrderDiffers ||= asText.join() !== numeric.join();
        }
      }
    }
    expect(textOrderDiffers).toBe(true);
  });

  it("group by class with names, by region, filter by unit prefix, and page", async () => {
    const byClass = await json(ZAggregate, "/api/v1/aggregates?year=2020&measure=general_budget_expenditure&groupBy=function_class");
    const gbe = await json(ZReport, "/api/v1/units/430203-zgh/reports/2020");
    expect(byClass.groups.every((g) => /^\d{3}$/.test(g.key) && g.name !== g.key)).toBe(true);
    expect(byClass.sum.reports).toBe(3);
    const own = await json(ZAggregate, "/api/v1/aggregates?year=2020&measure=general_budget_expenditure&groupBy=function_class&unit=430203");
    expect(own.sum.amount).toBe(gbe.report.figures.generalBudgetExpenditure);
    const econ = await json(ZAggregate, "/api/v1/aggregates?year=2020&measure=basic_expenditure&groupBy=economic_class&unit=430203");
    expect(econ.sum.amount).toBe(gbe.report.figures.basicExpenditure);
    expect(econ.groups.length).toBeGreaterThan(0);
    expect(econ.groups.every((g) => /^30\d$/.test(g.key) && g.name !== g.key)).toBe(true);
    const byRegion = await json(ZAggregate, "/api/v1/aggregates?year=2020&measure=income&groupBy=region");
    expect(byRegion.groups.reduce((n, g) => n + g.reports, 0)).toBe(3);
    const paged = await json(ZAggregate, "/api/v1/aggregates?year=2020&measure=income&groupBy=unit&pageSize=1&order=key");
    expect(paged).toMatchObject({ total: 3, pageSize: 1, next: "/api/v1/aggregates?year=2020&measure=income&groupBy=unit&pageSize=1&order=key&page=2" });
    expect(paged.groups[0].key).toBe("430203-zgh");
    const none = await json(ZAggregate, "/api/v1/aggregates?year=2020&measure=income&groupBy=unit&unit=%25");
    expect(none).toMatchObject({ total: 0, sum: { amount: "0.00", reports: 0 }, groups: [] });
  });
});
