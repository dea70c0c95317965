/**
 * Migration audit_report_kind on a database that already has history: the entries written before it
 * get their report's kind from their target (a revision, a report, a comment on a revision), an
 * entry about no report keeps none, nothing recorded changes, and the log is append-only again.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../../scripts/db/migrations";
import { MIGRATIONS_DIR } from "../../scripts/db/paths";
import { withClient } from "../../scripts/db/pg-admin";
import { createPrismaClient, type PrismaClient } from "../../lib/server/prisma-client";
import { blankPackage } from "../../lib/disclosure/testing/builders";
import { createEmptyDatabase } from "./support/test-db";

const MIGRATION = "audit_report_kind";

describe(`migration ${MIGRATION}`, { timeout: 120_000 }, () => {
  let dir: string;
  let db: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let prisma: PrismaClient;
  const copy = (name: string) => cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const all = readMigrations();
    const index = all.findIndex((m) => m.name.endsWith(`_${MIGRATION}`));
    expect(index).toBeGreaterThan(0);
    dir = mkdtempSync(path.join(tmpdir(), "gongkai-audit-kind-"));
    for (const m of all.slice(0, index)) copy(m.name);
    db = await createEmptyDatabase();
    await migrate({ url: db.url, dir });
    prisma = createPrismaClient(db.url, { maxConnections: 2 });

    // History as the code before the migration wrote it: a unit with its unit and department reports.
    await prisma.fiscalYear.upsert({ where: { year: 2021 }, create: { year: 2021, publicationDeadline: new Date("2022-09-30") }, update: {} });
    const unit = await prisma.unit.create({ data: { code: "K100", name: "市总工会", shortName: "市总工会", region: "", category: "工会" } });
    const user = await prisma.user.create({ data: { loginName: "k-reviewer", displayName: "审核人", role: "REVIEWER", passwordHash: "x" } });
    for (const kind of ["UNIT", "DEPARTMENT"] as const) {
      const report = await prisma.report.create({ data: { unitId: unit.id, year: 2021, kind, status: "SUBMITTED" } });
      const revision = await prisma.revision.create({ data: { reportId: report.id, number: 1, package: blankPackage(2021), status: "SUBMITTED" } });
      const comment = await prisma.comment.create({ data: { revisionId: revision.id, authorId: user.id, section: "report", body: "请核对" } });
      Object.assign(ids, { [`${kind}-report`]: report.id, [`${kind}-revision`]: revision.id, [`${kind}-comment`]: comment.id });
    }
    await withClient(db.url, (c) =>
      c.query(
        `INSERT INTO audit_log (action, target_type, target_id, unit_id, year, after) VALUES
           ('report.create', 'Report', $1, NULL, NULL, '{"n":1}'),
           ('report.submit', 'Revision', $2, $7, 2021, '{"n":2}'),
           ('comment.add', 'Comment', $3, $7, 2021, '{"n":3}'),
           ('report.create', 'Report', $4, $7, 2021, '{"n":4}'),
           ('report.submit', 'Revision', $5, $7, 2021, '{"n":5}'),
           ('comment.resolve', 'Comment', $6, $7, 2021, '{"n":6}'),
           ('user.create', 'User', $8, NULL, NULL, '{"n":7}')`,
        [
          ids["UNIT-report"],
          ids["UNIT-revision"],
          ids["UNIT-comment"],
          ids["DEPARTMENT-report"],
          ids["DEPARTMENT-revision"],
          ids["DEPARTMENT-comment"],
          unit.id,
          user.id,
        ],
      ),
    );
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });

  it("fills each report entry's kind from its target and changes nothing else", async () => {
    const before = await withClient(db.url, async (c) => (await c.query("SELECT * FROM audit_log ORDER BY id")).rows);
    copy(readMigrations().find((m) => m.name.endsWith(`_${MIGRATION}`))!.name);
    expect((await migrate({ url: db.url, dir })).applied).toEqual([expect.stringMatching(new RegExp(`_${MIGRATION}$`))]);
    const after = await withClient(db.url, async (c) => (await c.query("SELECT * FROM audit_log ORDER BY id")).rows);
    expect(after.map(({ report_kind, ...rest }) => (void report_kind, rest))).toEqual(before);
    expect(after.map((r) => [r.action, r.report_kind])).toEqual([
      ["report.create", "UNIT"],
      ["report.submit", "UNIT"],
      ["comment.add", "UNIT"],
      ["report.create", "DEPARTMENT"],
      ["report.submit", "DEPARTMENT"],
      ["comment.resolve", "DEPARTMENT"],
      ["user.create", null],
    ]);
  });

  it("leaves the log append-only", async () => {
    await expect(withClient(db.url, (c) => c.query("UPDATE audit_log SET report_kind = 'UNIT' WHERE report_kind IS NULL"))).rejects.toThrow(/append-only/);
    await expect(withClient(db.url, (c) => c.query("DELETE FROM audit_log"))).rejects.toThrow(/append-only/);
  });
});
