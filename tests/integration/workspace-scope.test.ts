/**
 * A clerk of one unit can neither read nor write another unit's report: through every DAL
 * function, server action and route the answer is "not found" (404), exactly as for a report
 * that does not exist, and the database is unchanged afterwards.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, snapshot, type World } from "./support/workspace-world";
import { current } from "./support/workspace-mocks";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});
vi.mock("@/lib/server/auth/session", async () => {
  const { current: state } = await import("./support/workspace-mocks");
  return { getActor: async () => state.actor, requireActor: async () => state.actor };
});

const { getReportForEditing } = await import("@/lib/server/reports/get-report-for-editing");
const { saveDraftRevision } = await import("@/lib/server/reports/save-draft-revision");
const { transitionReport } = await import("@/lib/server/reports/transition-report");
const { importRevisionPackage } = await import("@/lib/server/reports/import-revision-package");
const { createReportDraft } = await import("@/lib/server/reports/create-report-draft");
const { listWorkspaceReports } = await import("@/lib/server/reports/list-workspace-reports");
const { saveDraftAction } = await import("@/lib/server/actions/save-draft-action");
const { transitionReportAction } = await import("@/lib/server/actions/transition-report-action");
const { startDraftAction } = await import("@/lib/server/actions/start-draft-action");
const exportRoute = await import("@/app/workspace/reports/[unitCode]/[year]/export/route");
const importRoute = await import("@/app/workspace/reports/[unitCode]/[year]/import/route");

let db: TestDatabase;
let world: World;
const UNIT = "430203-zgh";

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
});
afterAll(() => db.drop());

async function draftPackage() {
  const revision = await db.prisma.revision.findUniqueOrThrow({ where: { id: world.draft.revisionId } });
  return { pkg: revision.package as Record<string, unknown>, version: revision.version };
}

const params = (year = "2021") => ({ params: Promise.resolve({ unitCode: UNIT, year }) });

describe("out of scope looks exactly like not found", () => {
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeEach(async () => {
    current.actor = world.outsider;
    before = await snapshot(db.prisma);
  });

  async function expectUnchanged() {
    expect(await snapshot(db.prisma)).toEqual(before);
  }

  it("DAL: every read and write answers NOT_FOUND", async () => {
    const { pkg, version } = await draftPackage();
    const actor = world.outsider;
    const reportId = world.draft.reportId;
    await expect(getReportForEditing({ actor, unitCode: UNIT, year: 2021 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveDraftRevision({ actor, reportId, version, package: pkg })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(transitionReport({ transition: "submit", actor, reportId, version })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const bytes = new TextEncoder().encode(JSON.stringify(pkg));
    await expect(importRevisionPackage({ actor, reportId, version, file: { name: "p.json", size: bytes.length, bytes } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createReportDraft({ actor, unitCode: UNIT, year: 2022, mode: "empty" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listWorkspaceReports({ actor })).rows.map((r) => r.unitCode)).not.toContain(UNIT);
    await expectUnchanged();
  });

  it("DAL: the same answer as for a report that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const outside = await transitionReport({ transition: "submit", actor: world.outsider, reportId: world.draft.reportId, version: 1 }).catch((e) => e);
    const absent = await transitionReport({ transition: "submit", actor: world.outsider, reportId: missing, version: 1 }).catch((e) => e);
    expect({ code: outside.code, message: outside.message }).toEqual({ code: absent.code, message: absent.message });
    await expectUnchanged();
  });

  it("server actions: the generic not-found result", async () => {
    const { pkg, version } = await draftPackage();
    const reportId = world.draft.reportId;
    const notFound = { ok: false, code: "NOT_FOUND", message: "未找到该页面或数据" };
    expect(await saveDraftAction({ reportId, version, package: pkg })).toMatchObject(notFound);
    expect(await transitionReportAction({ transition: "submit", reportId, version })).toMatchObject(notFound);
    expect(await startDraftAction({ unitCode: UNIT, year: 2022, mode: "empty" })).toMatchObject(notFound);
    await expectUnchanged();
  });

  it("routes: 404 for export and import", async () => {
    for (const format of ["json", "xlsx", "template"]) {
      const response = await exportRoute.GET(new NextRequest(`http://localhost/workspace/reports/${UNIT}/2021/export?format=${format}`), params());
      expect(response.status).toBe(404);
    }
    const { pkg, version } = await draftPackage();
    const form = new FormData();
    form.set("file", new File([JSON.stringify(pkg)], "p.json", { type: "application/json" }));
    form.set("reportId", world.draft.reportId);
    form.set("version", String(version));
    const response = await importRoute.POST(
      new NextRequest(`http://localhost/workspace/reports/${UNIT}/2021/import`, { method: "POST", body: form }),
      params(),
    );
    expect(response.status).toBe(404);
    await expectUnchanged();
  });

  it("a reviewer of the unit may read but not write", async () => {
    current.actor = world.reviewer;
    const { pkg, version } = await draftPackage();
    await expect(getReportForEditing({ actor: world.reviewer, unitCode: UNIT, year: 2021 })).resolves.toMatchObject({ editable: false });
    expect(await saveDraftAction({ reportId: world.draft.reportId, version, package: pkg })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expectUnchanged();
  });

  it("the unit's own clerk and the admin do reach it", async () => {
    await expect(getReportForEditing({ actor: world.clerk, unitCode: UNIT, year: 2021 })).resolves.toMatchObject({ editable: true });
    await expect(getReportForEditing({ actor: world.admin, unitCode: UNIT, year: 2021 })).resolves.toMatchObject({ year: 2021 });
    current.actor = world.clerk;
    const response = await exportRoute.GET(new NextRequest(`http://localhost/workspace/reports/${UNIT}/2021/export?format=json`), params());
    expect(response.status).toBe(200);
    expect(JSON.parse(await response.text())).toMatchObject({ unit: { code: UNIT }, year: 2021 });
  });
});
