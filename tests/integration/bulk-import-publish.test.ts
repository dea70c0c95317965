/**
 * `npm run disclosure -- import … --publish` through the CLI on a real database: reports are
 * published through transitionReport as the import (audit), their pages expire after the commit,
 * a year's narrative takes last year's figures from the unit's published previous year, a changed
 * package of a published report becomes a correction (revision n+1 with a change note), and an
 * unchanged one is skipped.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { snapshot } from "./support/workspace-world";

const root = path.resolve(import.meta.dirname, "../..");
const FIXTURE = JSON.parse(readFileSync(path.join(root, "fixtures/lusong-trade-union-2020.json"), "utf8"));
const CODE = FIXTURE.unit.code as string;
const dir = mkdtempSync(path.join(tmpdir(), "bulk-import-publish-"));
const cacheDir = path.join(dir, "page-cache");
const holder = globalThis as typeof globalThis & { __gongkaiPrisma?: unknown };

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  holder.__gongkaiPrisma = db.prisma; // db() in this process (getPublishedReport) reads the test database
});
afterAll(async () => {
  delete holder.__gongkaiPrisma;
  rmSync(dir, { recursive: true, force: true });
  await db.drop();
});

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/disclosure-cli.ts", "import", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: db.url, GONGKAI_CACHE_DIR: cacheDir },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function writePackage(name: string, edit: (pkg: typeof FIXTURE) => void = () => undefined): string {
  const pkg = structuredClone(FIXTURE);
  edit(pkg);
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(pkg, null, 2));
  return file;
}

const expiredPaths = () =>
  existsSync(path.join(cacheDir, "expired.log"))
    ? readFileSync(path.join(cacheDir, "expired.log"), "utf8")
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { tag: string }).tag)
    : [];

const revisionsOf = (year: number) => db.prisma.revision.findMany({ where: { report: { year, unit: { code: CODE } } }, orderBy: { number: "asc" } });

describe("npm run disclosure -- import --publish", { timeout: 180_000 }, () => {
  it("publishes each year through the transition function, as the import, and expires its pages", async () => {
    // 2021 holds the same figures as 2020, so compared with the published 2020 it changes by
    // nothing, while its own priorYear block (the reference's) says 225.73 万元 (减少3.98万元).
    writePackage("batch/2020.json");
    writePackage("batch/2021.json", (pkg) => {
      pkg.year = 2021;
    });
    const r = cli(path.join(dir, "batch"), "--publish");
    expect(r.stderr).toBe("");
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain("导入 2 个（新建 2");
    expect(r.stdout).toContain("已发布 2 个");

    for (const year of [2020, 2021]) {
      const [revision] = await revisionsOf(year);
      expect(revision.status).toBe("PUBLISHED");
      const report = await db.prisma.report.findFirstOrThrow({ where: { year, unit: { code: CODE } } });
      expect(report.status).toBe("PUBLISHED");
      expect(report.publishedRevisionId).toBe(revision.id);
      const summary = await db.prisma.revisionSummary.findUniqueOrThrow({ where: { revisionId: revision.id } });
      expect(summary.status).toBe("PUBLISHED");
      expect(summary.firstPublishedAt).toEqual(revision.publishedAt);
      const audit = await db.prisma.auditLog.findMany({ where: { targetId: revision.id }, orderBy: { id: "asc" } });
      expect(audit.map((a) => [a.action, a.actorId, (a.after as { source: string }).source, a.unitId, a.year])).toEqual(
        ["report.submit", "report.approve", "report.publish"].map((action) => [action, null, "import", report.unitId, year]),
      );
    }
    const tags = expiredPaths();
    expect(tags.some((t) => t.endsWith(`/units/${CODE}/2020`))).toBe(true);
    expect(tags.some((t) => t.endsWith(`/units/${CODE}/2021`))).toBe(true);

    const { getPublishedReport } = await import("@/lib/server/public/get-published-report");
    const published = await getPublishedReport({ unitCode: CODE, year: 2021 });
    expect(published?.previousFromSystem).toBe(true);
    expect(published?.prior?.source).toBe("package");
    expect(published?.prior?.grandTotal).toBe(published!.report.figures.grandTotal);
    expect(published?.prior?.grandTotal).not.toBe(225730000n); // the package's own priorYear block
    const overview = published!.report.narrative.find((s) => s.section === 1)!.text;
    expect(overview).toContain("与上年持平");
    expect(overview).not.toContain("减少3.98万元");
  });

  it("re-running with --publish skips the unchanged packages and writes nothing", async () => {
    const before = { ...(await snapshot(db.prisma)), audit: await db.prisma.auditLog.count() };
    const r = cli(path.join(dir, "batch"), "--publish");
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain("未变化 2 个");
    expect(r.stdout).toContain("已发布 0 个");
    expect({ ...(await snapshot(db.prisma)), audit: await db.prisma.auditLog.count() }).toEqual(before);
  });

  it("a changed package of a published report becomes a published correction with a change note", async () => {
    writePackage("batch/2021.json", (pkg) => {
      pkg.year = 2021;
      pkg.overview.organization = "机构设置已更正。";
    });
    const r = cli(path.join(dir, "batch"), "--publish");
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain("更正 1");
    expect(r.stdout).toContain("未变化 1 个");
    expect(r.stdout).toContain("已发布 1 个");
    const [first, second] = await revisionsOf(2021);
    expect(first.status).toBe("PUBLISHED");
    expect((first.package as typeof FIXTURE).overview.organization).toBe(FIXTURE.overview.organization);
    expect(second.number).toBe(2);
    expect(second.status).toBe("PUBLISHED");
    expect(second.changeNote).toBe("批量导入更正：2021.json");
    expect((second.package as typeof FIXTURE).overview.organization).toBe("机构设置已更正。");
    const report = await db.prisma.report.findFirstOrThrow({ where: { year: 2021, unit: { code: CODE } } });
    expect(report.publishedRevisionId).toBe(second.id);
    const correct = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "report.correct", targetId: second.id } });
    expect(correct.actorId).toBeNull();
    expect(correct.after).toMatchObject({ source: "import", changeNote: "批量导入更正：2021.json" });
    const summary = await db.prisma.revisionSummary.findUniqueOrThrow({ where: { revisionId: second.id } });
    expect(summary.status).toBe("PUBLISHED");
    expect(summary.firstPublishedAt).toEqual(first.publishedAt);

    const { getPublishedReport } = await import("@/lib/server/public/get-published-report");
    expect((await getPublishedReport({ unitCode: CODE, year: 2021 }))?.revision.number).toBe(2);
  });

  it("without --publish a changed published report becomes a correction draft; --publish then publishes it unchanged", async () => {
    writePackage("batch/2021.json", (pkg) => {
      pkg.year = 2021;
      pkg.overview.organization = "机构设置第二次更正。";
    });
    const draft = cli(path.join(dir, "batch"));
    expect(draft.code, draft.stdout).toBe(0);
    expect(draft.stdout).toContain("更正 1");
    let revisions = await revisionsOf(2021);
    expect(revisions.map((r) => [r.number, r.status])).toEqual([
      [1, "PUBLISHED"],
      [2, "PUBLISHED"],
      [3, "DRAFT"],
    ]);
    const report = await db.prisma.report.findFirstOrThrow({ where: { year: 2021, unit: { code: CODE } } });
    expect(report.publishedRevisionId).toBe(revisions[1].id);

    const publish = cli(path.join(dir, "batch"), "--publish");
    expect(publish.code, publish.stdout).toBe(0);
    expect(publish.stdout).toContain("未变化 2 个");
    expect(publish.stdout).toContain("已发布 1 个");
    revisions = await revisionsOf(2021);
    expect(revisions.map((r) => [r.number, r.status])).toEqual([
      [1, "PUBLISHED"],
      [2, "PUBLISHED"],
      [3, "PUBLISHED"],
    ]);
  });

  it("a new report takes the admin's glossary; its correction keeps it when the default changes later", async () => {
    const glossary = (definition: string) => [{ term: "财政拨款收入", definition }];
    await db.prisma.defaultText.create({ data: { key: "glossary", value: glossary("导入时的解释。") } });
    writePackage("glossary/new-unit.json", (pkg) => {
      pkg.unit = { ...pkg.unit, code: "430203-glossary", name: "某新单位" };
    });
    expect(cli(path.join(dir, "glossary"), "--publish").code).toBe(0);
    const first = await db.prisma.revision.findFirstOrThrow({ where: { report: { unit: { code: "430203-glossary" } } } });
    expect(first.glossary).toEqual(glossary("导入时的解释。"));

    await db.prisma.defaultText.update({ where: { key: "glossary" }, data: { value: glossary("后来改的解释。") } });
    writePackage("glossary/new-unit.json", (pkg) => {
      pkg.unit = { ...pkg.unit, code: "430203-glossary", name: "某新单位" };
      pkg.overview.organization = "已更正。";
    });
    expect(cli(path.join(dir, "glossary"), "--publish").stdout).toContain("更正 1");
    const second = await db.prisma.revision.findFirstOrThrow({ where: { number: 2, report: { unit: { code: "430203-glossary" } } } });
    expect(second.glossary).toEqual(glossary("导入时的解释。"));
    const { getPublishedReport } = await import("@/lib/server/public/get-published-report");
    expect((await getPublishedReport({ unitCode: "430203-glossary", year: 2020 }))?.glossary).toEqual(glossary("导入时的解释。"));
  });

  it("a package refused by the checks with --publish leaves no trace", async () => {
    writePackage("bad/2022.json", (pkg) => {
      pkg.year = 2022;
      pkg.income[0].fiscal = "1.00";
    });
    const before = { ...(await snapshot(db.prisma)), audit: await db.prisma.auditLog.count(), years: await db.prisma.fiscalYear.count() };
    const r = cli(path.join(dir, "bad"), "--publish");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2022\.json：审核发现 \d+ 个错误/);
    expect({ ...(await snapshot(db.prisma)), audit: await db.prisma.auditLog.count(), years: await db.prisma.fiscalYear.count() }).toEqual(before);
  });
});
