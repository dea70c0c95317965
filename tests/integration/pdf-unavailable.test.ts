/**
 * The real PDF route (…/report.pdf) on a server without Chromium: CHROMIUM_PATH names a file that
 * does not exist, as on a host where the browser was never installed. The reader gets the Chinese
 * 503 page that says so and links to the revision's print view, never a bare 500 — and a report
 * that is not published is still the same 404 as everywhere else.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../scripts/db/seed-database";
import { apiGet } from "./support/api-routes";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

const holder = globalThis as typeof globalThis & { __gongkaiPrisma?: unknown };
let testDb: TestDatabase;
const saved = { CHROMIUM_PATH: process.env.CHROMIUM_PATH, PDF_CACHE_DIR: process.env.PDF_CACHE_DIR, DATABASE_URL: process.env.DATABASE_URL };
const cacheDir = mkdtempSync(path.join(os.tmpdir(), "gongkai-pdf-cache-"));

beforeAll(async () => {
  // Read when lib/chromium is first imported, which apiGet does lazily with the route module.
  process.env.CHROMIUM_PATH = "/nonexistent/gongkai-test/chromium";
  process.env.PDF_CACHE_DIR = cacheDir;
  testDb = await createTestDatabase();
  await seedDatabase(testDb.prisma);
  process.env.DATABASE_URL = testDb.url; // the route validates the server's environment (env()) as a real server does
  holder.__gongkaiPrisma = testDb.prisma;
});

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  delete holder.__gongkaiPrisma;
  await testDb.drop();
});

describe("report.pdf without Chromium", { timeout: 60_000 }, () => {
  it("answers a Chinese 503 page that says why and links to the print view of that revision", async () => {
    const response = await apiGet("/api/v1/units/430203-zgh/reports/2020/report.pdf");
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBe("3600");
    const html = await response.text();
    expect(html).toContain("<h1>PDF 暂时无法生成</h1>");
    expect(html).toContain("没有可用的 Chromium 浏览器");
    expect(html).toContain("《株洲市芦淞区总工会2020年度部门决算》");
    expect(html).toContain('<a href="/units/430203-zgh/2020/r/1">打开报告的打印版页面</a>');
    expect(readdirSync(cacheDir)).toEqual([]); // nothing half-made is cached
  });

  it("is still the same 404 for a report that is not published", async () => {
    const response = await apiGet("/api/v1/units/430203-zgh/reports/2021/report.pdf");
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
  });
});
