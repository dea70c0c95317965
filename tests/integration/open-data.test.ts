/**
 * The year's open data on a real database: the zip holds every published package, the data
 * package validates against the Frictionless Fiscal Data Package profile (the `datapackage`
 * validator from npm), and its CSV, read back through its own table schema, sums to the API's
 * aggregates and the core's figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZAggregate } from "@/lib/public/api/schemas";
import { seedDatabase } from "../../scripts/db/seed-database";
import { seedPublicDemo } from "../../scripts/db/seed-public-demo-data";
import { apiGet } from "./support/api-routes";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

// datapackage-js has no types: the part used here.
type DataPackage = { valid: boolean; errors: Error[]; getResource(name: string): { read(o: { keyed: true }): Promise<Record<string, unknown>[]> } };
type Profile = { validate(descriptor: object): { valid: boolean; errors: Error[] } };
const { Package, Profile } = (await import("datapackage")) as {
  Package: { load(descriptor: string | object, basePath?: string): Promise<DataPackage> };
  Profile: { load(name: string): Promise<Profile> };
};

const holder = globalThis as typeof globalThis & { __gongkaiPrisma?: unknown };
let testDb: TestDatabase;
let dir: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDatabase(testDb.prisma);
  await seedPublicDemo(testDb.prisma);
  holder.__gongkaiPrisma = testDb.prisma;
  dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-open-data-"));
});

afterAll(async () => {
  delete holder.__gongkaiPrisma;
  await testDb.drop();
  rmSync(dir, { recursive: true, force: true });
});

const fen = (amount: unknown) => BigInt(Math.round(Number(amount) * 100)); // whole 分: the CSV has two decimals

describe("open data of 2020", { timeout: 120_000 }, () => {
  it("zips every published package with the data package and its CSV; validates; sums back to the API", async () => {
    const response = await apiGet("/api/v1/open-data/2020.zip");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const etag = response.headers.get("etag")!;
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(["430203-zgh-2020.json", "datapackage.json", "demo-danganguan-2020.json", "demo-wenhuaguan-2020.json", "line-items.csv"]);
    const pkg = JSON.parse(await zip.file("430203-zgh-2020.json")!.async("string"));
    const direct = await apiGet("/api/v1/units/430203-zgh/reports/2020/package.json");
    expect(pkg).toEqual(await direct.json());

    // The descriptor in the zip is the one the API serves.
    const descriptor = JSON.parse(await zip.file("datapackage.json")!.async("string"));
    expect(await (await apiGet("/api/v1/open-data/2020/datapackage.json")).json()).toEqual(descriptor);
    const csv = await zip.file("line-items.csv")!.async("string");
    expect(await (await apiGet("/api/v1/open-data/2020/line-items.csv")).text()).toBe(csv);

    writeFileSync(path.join(dir, "datapackage.json"), JSON.stringify(descriptor));
    writeFileSync(path.join(dir, "line-items.csv"), csv);
    const dataPackage = await Package.load(path.join(dir, "datapackage.json"), dir);
    expect(dataPackage.errors.map((e) => e.message)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    // …and against the Fiscal Data Package profile (model: measures in CNY, dimensions).
    const fiscal = (await Profile.load("fiscal-data-package")).validate(descriptor);
    expect(fiscal.errors.map((e) => e.message)).toEqual([]);
    expect(fiscal.valid).toBe(true);

    // Read through the table schema (types cast), then compare with the API's aggregates.
    const rows = await dataPackage.getResource("line-items").read({ keyed: true });
    expect(rows.length).toBeGreaterThan(100);
    for (const [measure, sections, fields] of [
      ["three_public", ["threePublicActual"], null],
      ["general_budget_expenditure", ["generalBudgetExpenditure"], ["basic", "project"]],
      ["basic_expenditure", ["basicPersonnel", "basicPublic"], null],
    ] as const) {
      const agg = ZAggregate.parse(await (await apiGet(`/api/v1/aggregates?year=2020&measure=${measure}&groupBy=unit`)).json());
      for (const group of agg.groups) {
        const sum = rows
          .filter(
            (r) =>
              r.unit_code === group.key &&
              (sections as readonly string[]).includes(r.section as string) &&
              (!fields || (fields as readonly string[]).includes(r.field as string)),
          )
          .reduce((n, r) => n + fen(r.amount), 0n);
        expect(sum, `${measure} ${group.key}`).toBe(fen(group.amount));
      }
    }
    expect(rows.every((r) => r.year === 2020)).toBe(true);
    expect(rows.some((r) => r.fund_type === "government_fund" || r.fund_type === "general_budget")).toBe(true);

    // Cached per publication state: the same tag until something is published.
    expect((await apiGet("/api/v1/open-data/2020.zip", { "If-None-Match": etag })).status).toBe(304);
    const report = await testDb.prisma.report.findFirstOrThrow({ where: { year: 2020, unit: { code: "demo-danganguan" } } });
    await testDb.prisma.report.update({ where: { id: report.id }, data: { latestPublishedAt: new Date() } });
    const after = await apiGet("/api/v1/open-data/2020.zip", { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    await after.body?.cancel();
  });

  it("changes its tag when a unit of the year is renamed or moved (the CSV and the zip carry its name and region)", async () => {
    const paths = ["/api/v1/open-data/2020.zip", "/api/v1/open-data/2020/line-items.csv"];
    /** The status and tag of a request, its streamed body left unread. */
    const head = async (path: string, ifNoneMatch = '"none"') => {
      const response = await apiGet(path, { "If-None-Match": ifNoneMatch });
      await response.body?.cancel();
      return { status: response.status, etag: response.headers.get("etag")! };
    };
    const tags = async () => Promise.all(paths.map(async (p) => (await head(p)).etag));
    const before = await tags();
    expect(await Promise.all(paths.map(async (p, i) => (await head(p, before[i])).status))).toEqual([304, 304]);

    const unit = await testDb.prisma.unit.findUniqueOrThrow({ where: { code: "demo-wenhuaguan" } });
    await testDb.prisma.unit.update({ where: { id: unit.id }, data: { name: `${unit.name}（更名）` } });
    const renamed = await tags();
    for (const [i, p] of paths.entries()) {
      expect(renamed[i], p).not.toBe(before[i]);
      expect((await head(p, before[i])).status, p).toBe(200);
    }
    expect(await (await apiGet("/api/v1/open-data/2020/line-items.csv")).text()).toContain(`${unit.name}（更名）`);

    await testDb.prisma.unit.update({ where: { id: unit.id }, data: { region: `${unit.region}新区` } });
    const moved = await tags();
    for (const [i, p] of paths.entries()) expect(moved[i], p).not.toBe(renamed[i]);
    await testDb.prisma.unit.update({ where: { id: unit.id }, data: { name: unit.name, region: unit.region } });
  });

  it("is an empty but valid year when nothing is published, and 404 for a year the system does not have", async () => {
    const zip = await JSZip.loadAsync(await (await apiGet("/api/v1/open-data/2019.zip")).arrayBuffer());
    expect(Object.keys(zip.files).sort()).toEqual(["datapackage.json", "line-items.csv"]);
    expect((await zip.file("line-items.csv")!.async("string")).trim().split("\n")).toHaveLength(1);
    expect((await apiGet("/api/v1/open-data/1999.zip")).status).toBe(404);
    expect((await apiGet("/api/v1/open-data/2020.tar")).status).toBe(400);
  });
});
