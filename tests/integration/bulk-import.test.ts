/**
 * The bulk import (`npm run disclosure -- import`): through the CLI on a real database — a new unit
 * created from the package, a dry run that writes nothing, a refused package that leaves no trace,
 * idempotent re-runs, a changed draft updated — and the exit codes and Chinese summary.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { snapshot } from "./support/workspace-world";

const root = path.resolve(import.meta.dirname, "../..");
const FIXTURE = JSON.parse(readFileSync(path.join(root, "fixtures/lusong-trade-union-2020.json"), "utf8"));
const dir = mkdtempSync(path.join(tmpdir(), "bulk-import-"));

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.drop();
});

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/disclosure-cli.ts", "import", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: db.url },
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

const counts = async () => ({
  units: await db.prisma.unit.count(),
  years: await db.prisma.fiscalYear.count(),
  ...(await snapshot(db.prisma)),
});

describe("npm run disclosure -- import", { timeout: 120_000 }, () => {
  it("a dry run checks everything and writes nothing", async () => {
    writePackage("batch/lusong-2020.json");
    const before = await counts();
    const r = cli(path.join(dir, "batch"), "--dry-run");
    expect(r.stdout).toContain("演练（未写入任何数据）：共 1 个文件");
    expect(r.stdout).toContain("新建 1");
    expect(r.code).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("imports a folder: the unit and the year are created from the package, audited as the import", async () => {
    const r = cli(path.join(dir, "batch"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("导入 1 个（新建 1");
    expect(r.stdout).toContain("新建单位 1 个");
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: FIXTURE.unit.code } });
    expect(unit.name).toBe(FIXTURE.unit.name);
    const report = await db.prisma.report.findFirstOrThrow({ where: { unitId: unit.id, year: 2020 }, include: { currentRevision: true } });
    expect(report.status).toBe("DRAFT");
    expect(await db.prisma.lineItem.count({ where: { revisionId: report.currentRevisionId! } })).toBeGreaterThan(50);
    const audit = await db.prisma.auditLog.findMany({ where: { action: { in: ["unit.create", "report.create", "fiscalYear.create"] } } });
    expect(audit.map((a) => [a.action, a.actorId, (a.after as { source: string }).source]).sort()).toEqual([
      ["fiscalYear.create", null, "import"],
      ["report.create", null, "import"],
      ["unit.create", null, "import"],
    ]);
    // The report's entry carries its unit and year (the report's audit view lists it); the year's its year.
    expect(audit.find((a) => a.action === "report.create")).toMatchObject({ unitId: unit.id, year: 2020 });
    expect(audit.find((a) => a.action === "fiscalYear.create")).toMatchObject({ unitId: null, year: 2020 });
  });

  it("re-running is idempotent: the unchanged package is skipped", async () => {
    const before = await counts();
    const r = cli(path.join(dir, "batch"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("未变化 1 个");
    expect(await counts()).toEqual(before);
  });

  it("a changed package updates the draft, once", async () => {
    writePackage("batch/lusong-2020.json", (pkg) => {
      pkg.overview.organization = "机构设置已更新。";
    });
    const first = cli(path.join(dir, "batch"));
    expect(first.stdout).toContain("更新草稿 1");
    const revision = await db.prisma.revision.findFirstOrThrow({ where: { report: { year: 2020 } } });
    expect((revision.package as typeof FIXTURE).overview.organization).toBe("机构设置已更新。");
    expect(revision.version).toBe(2);
    expect(cli(path.join(dir, "batch")).stdout).toContain("未变化 1 个");
  });

  it("a refused package leaves no trace, names its reason in Chinese, and the exit code is 1", async () => {
    const bad = writePackage("bad/new-unit-unbalanced.json", (pkg) => {
      pkg.unit = { ...pkg.unit, code: "430299-new", name: "某新单位" };
      pkg.income[0].fiscal = "1.00";
    });
    const broken = path.join(dir, "bad/broken.json");
    writeFileSync(broken, "{ not json");
    const before = await counts();
    const r = cli(path.join(dir, "bad"), path.join(dir, "missing.json"));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("拒绝 3 个");
    expect(r.stdout).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}：审核发现 \\d+ 个错误`));
    expect(r.stdout).toContain(`${broken}：数据包无效`);
    expect(r.stdout).toContain("missing.json：文件或目录不存在");
    expect(await counts()).toEqual(before);
    expect(await db.prisma.unit.count({ where: { code: "430299-new" } })).toBe(0);
  });

  it("a command-line mistake exits with 2", () => {
    const r = cli("--frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不认识的参数");
  });
});
