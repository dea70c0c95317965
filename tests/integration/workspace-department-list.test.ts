/**
 * The dashboard lists department reports: a unit with active subordinates shows, for each year, its
 * department report's status (or 未开始) beside its 单位决算, for the clerks and reviewers whose
 * scope includes it; the counts keep the two kinds apart; the page is read in a fixed number of
 * queries (the department part by the page's unit ids, on the parent index), whatever its size.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appQueryPlans, planReading } from "./support/app-query-plans";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { seedDatabase } from "../../scripts/db/seed-database";
import type { Actor } from "../../lib/rules/actor";
import type { TReportStatus } from "../../lib/rules/status-machine";

const holder = globalThis as typeof globalThis & { __gongkaiPrisma?: unknown };
let testDb: TestDatabase;
const actors: Record<string, Actor> = {};

const { listWorkspaceReports } = await import("@/lib/server/reports/list-workspace-reports");

async function unit(code: string, parentId: string | null, active = true) {
  return testDb.prisma.unit.create({ data: { code, name: `单位${code}`, shortName: code, region: "", category: "工会", parentId, active } });
}

/** A report with one revision; with `checks`, its revision summary says that many blocking errors and warnings. */
async function report(unitId: string, year: number, kind: "UNIT" | "DEPARTMENT", status: TReportStatus, checks?: { blockingErrors: number; warnings: number }) {
  const r = await testDb.prisma.report.create({ data: { unitId, year, kind, status } });
  const revision = await testDb.prisma.revision.create({ data: { reportId: r.id, number: 1, package: {}, status } });
  await testDb.prisma.report.update({ where: { id: r.id }, data: { currentRevisionId: revision.id } });
  if (!checks) return;
  const zero = "0";
  await testDb.prisma.revisionSummary.create({
    data: {
      revisionId: revision.id,
      reportId: r.id,
      unitId,
      year,
      number: 1,
      status,
      ...checks,
      grandTotal: zero,
      incomeTotal: zero,
      expenditureTotal: zero,
      fiscalGrandTotal: zero,
      generalBudgetExpenditure: zero,
      threePublicActual: zero,
      operatingCosts: zero,
      revisionUpdatedAt: revision.updatedAt,
    },
  });
}

async function user(loginName: string, role: "CLERK" | "REVIEWER", unitId: string, includeSubtree: boolean) {
  const u = await testDb.prisma.user.create({
    data: { loginName, displayName: loginName, role, passwordHash: "x", scopes: { create: { unitId, includeSubtree } } },
  });
  actors[loginName] = { id: u.id, loginName, displayName: loginName, role, unitIds: [unitId] };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDatabase(testDb.prisma); // fiscal years 2020 and 2021 among others
  holder.__gongkaiPrisma = testDb.prisma;
  // L000 ⊃ L100 ⊃ {L101, L102}; L200 has only an inactive subordinate; L300 none.
  const top = await unit("L000", null);
  const parent = await unit("L100", top.id);
  const a = await unit("L101", parent.id);
  await unit("L102", parent.id);
  const lone = await unit("L200", top.id);
  await unit("L201", lone.id, false);
  await unit("L300", top.id);
  await report(parent.id, 2021, "UNIT", "DRAFT", { blockingErrors: 2, warnings: 3 });
  await report(parent.id, 2021, "DEPARTMENT", "SUBMITTED");
  await report(parent.id, 2020, "UNIT", "PUBLISHED", { blockingErrors: 0, warnings: 1 });
  await report(parent.id, 2020, "DEPARTMENT", "PUBLISHED");
  await report(a.id, 2021, "UNIT", "APPROVED");
  await user("list-clerk", "CLERK", parent.id, false);
  await user("list-reviewer", "REVIEWER", top.id, true);
  await user("sub-clerk", "CLERK", a.id, false);
  await user("dept-reviewer", "REVIEWER", parent.id, true);
}, 120_000);

afterAll(async () => {
  delete holder.__gongkaiPrisma;
  await testDb.drop();
});

const byKey = (rows: Awaited<ReturnType<typeof listWorkspaceReports>>["rows"]) => new Map(rows.map((r) => [`${r.unitCode}/${r.year}`, r]));

describe("the dashboard's department reports", { timeout: 60_000 }, () => {
  it("the department's clerk sees the department report of each year beside the unit's own", async () => {
    const list = await listWorkspaceReports({ actor: actors["list-clerk"] });
    const rows = byKey(list.rows);
    expect(list.rows.every((r) => r.unitCode === "L100")).toBe(true);
    // A draft shows its checks from the revision summary; a report without a summary shows none.
    expect(rows.get("L100/2021")).toMatchObject({
      status: "DRAFT",
      blockingErrors: 2,
      warnings: 3,
      lastChange: expect.any(Date),
      department: { status: "SUBMITTED", blockingErrors: null, warnings: null, lastChange: expect.any(Date) },
    });
    // Published: its errors are not shown, whatever its summary says.
    expect(rows.get("L100/2020")).toMatchObject({
      status: "PUBLISHED",
      blockingErrors: null,
      warnings: null,
      department: { status: "PUBLISHED", blockingErrors: null },
    });
    // A year without one: 未开始, still with its row (the link to 部门汇总 builds it).
    const other = list.rows.find((r) => r.year !== 2021 && r.year !== 2020);
    expect(other?.department).toEqual({ status: "NONE", blockingErrors: null, warnings: null, lastChange: null, reach: { covers: true, above: false } });
    // The counts say which kind they count.
    expect(list.counts).toEqual({ UNIT: { DRAFT: 1, PUBLISHED: 1 }, DEPARTMENT: { SUBMITTED: 1, PUBLISHED: 1 } });
    expect((await listWorkspaceReports({ actor: actors["list-clerk"], year: 2021 })).counts).toEqual({ UNIT: { DRAFT: 1 }, DEPARTMENT: { SUBMITTED: 1 } });
  });

  it("the reviewer above sees every department in the subtree; units without active subordinates have none", async () => {
    const list = await listWorkspaceReports({ actor: actors["list-reviewer"], year: 2021 });
    const rows = byKey(list.rows);
    expect(list.rows.map((r) => r.unitCode)).toEqual(["L000", "L100", "L101", "L102", "L200", "L300"]);
    expect(rows.get("L000/2021")?.department).toMatchObject({ status: "NONE" });
    expect(rows.get("L100/2021")?.department).toMatchObject({ status: "SUBMITTED" });
    for (const code of ["L101", "L102", "L200", "L300"]) expect(rows.get(`${code}/2021`)?.department).toBeNull();
    // It decides L100's department report (its scope is above L100), not L000's (its scope is L000 itself).
    expect(rows.get("L100/2021")?.department?.reach).toEqual({ covers: true, above: true });
    expect(rows.get("L000/2021")?.department?.reach).toEqual({ covers: true, above: false });
    expect(list.counts).toEqual({ UNIT: { DRAFT: 1, APPROVED: 1 }, DEPARTMENT: { SUBMITTED: 1 } });
  });

  it("the department's own reviewer sees its department report as one it does not decide", async () => {
    const list = await listWorkspaceReports({ actor: actors["dept-reviewer"], year: 2021 });
    expect(byKey(list.rows).get("L100/2021")?.department).toMatchObject({ status: "SUBMITTED", reach: { covers: true, above: false } });
  });

  it("an admin decides every department report", async () => {
    const row = await testDb.prisma.user.findUniqueOrThrow({ where: { loginName: "admin" } });
    const admin: Actor = { id: row.id, loginName: "admin", displayName: "", role: "ADMIN", unitIds: [] };
    const list = await listWorkspaceReports({ actor: admin, year: 2021, page: { page: 1, pageSize: 100 } });
    expect(byKey(list.rows).get("L100/2021")?.department?.reach).toEqual({ covers: true, above: true });
  });

  it("a subordinate's clerk does not see the department report", async () => {
    const list = await listWorkspaceReports({ actor: actors["sub-clerk"], year: 2021 });
    expect(list.rows).toEqual([expect.objectContaining({ unitCode: "L101", status: "APPROVED", department: null })]);
    expect(list.counts).toEqual({ UNIT: { APPROVED: 1 }, DEPARTMENT: {} });
  });

  it("is read in a fixed number of queries, the subordinates by the page's unit ids on the parent index", async () => {
    const plans = await appQueryPlans(testDb.url, () => listWorkspaceReports({ actor: actors["list-reviewer"] }));
    const small = await appQueryPlans(testDb.url, () => listWorkspaceReports({ actor: actors["list-clerk"] }));
    expect(plans.length).toBe(small.length);
    expect(planReading(plans, /EXISTS \(SELECT 1 FROM units c WHERE c\.parent_id = p\.id/)).toContain("units_parent_id_idx");
  });
});
