/**
 * The unit tree and scopes: a reviewer scoped to a parent with its subtree sees a child's report;
 * a clerk of a sibling gets NOT_FOUND and nothing changes; the tree follows moves; a unit with
 * reports cannot be deleted; the unit-list import reads GBK CSV, previews, and is all or nothing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/rules/actor";
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

const { createUnit } = await import("@/lib/server/units/create-unit");
const { updateUnit } = await import("@/lib/server/units/update-unit");
const { deleteUnit } = await import("@/lib/server/units/delete-unit");
const { setUnitActive } = await import("@/lib/server/units/set-unit-active");
const { importUnitList } = await import("@/lib/server/units/import-unit-list");
const { listAdminUnits } = await import("@/lib/server/units/list-admin-units");
const { createUser } = await import("@/lib/server/users/create-user");
const { setUserScope } = await import("@/lib/server/users/set-user-scope");
const { getActorById } = await import("@/lib/server/users/get-actor-by-id");
const { createReportDraft } = await import("@/lib/server/reports/create-report-draft");
const { getReportForEditing } = await import("@/lib/server/reports/get-report-for-editing");
const { saveDraftRevision } = await import("@/lib/server/reports/save-draft-revision");
const { listWorkspaceReports } = await import("@/lib/server/reports/list-workspace-reports");
const { createUnitAction } = await import("@/lib/server/actions/admin-unit-actions");

let db: TestDatabase;
let world: World;

const unit = (code: string, name: string, parentCode: string | null) => ({
  code,
  name,
  shortName: name.slice(-5),
  region: "湖南省株洲市",
  category: "群团组织",
  parentCode,
});
const move = (code: string, name: string, parentCode: string) => {
  const { code: unitCode, ...fields } = unit(code, name, parentCode);
  return { unitCode, ...fields };
};

async function actorFor(loginName: string): Promise<Actor> {
  const user = await db.prisma.user.findUniqueOrThrow({ where: { loginName } });
  return (await getActorById({ userId: user.id }))!;
}

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
  const admin = world.admin;
  await createUnit({ actor: admin, fields: unit("city", "某市总工会", null) });
  await createUnit({ actor: admin, fields: unit("county-a", "某市甲县总工会", "city") });
  await createUnit({ actor: admin, fields: unit("county-b", "某市乙县总工会", "city") });
  await createUnit({ actor: admin, fields: unit("town-a1", "甲县某镇工会", "county-a") });
  await createUser({ actor: admin, input: { loginName: "city-reviewer", displayName: "市审核人", role: "REVIEWER", unitCode: "city", includeSubtree: true } });
  await createUser({ actor: admin, input: { loginName: "city-only", displayName: "市本级审核人", role: "REVIEWER", unitCode: "city", includeSubtree: false } });
  await createUser({ actor: admin, input: { loginName: "clerk-a", displayName: "甲县填报人", role: "CLERK", unitCode: "county-a", includeSubtree: false } });
  await createUser({ actor: admin, input: { loginName: "clerk-b", displayName: "乙县填报人", role: "CLERK", unitCode: "county-b", includeSubtree: false } });
  for (const login of ["clerk-a", "clerk-b"]) await db.prisma.user.update({ where: { loginName: login }, data: { mustChangePassword: false } });
  await createReportDraft({ actor: await actorFor("clerk-a"), unitCode: "county-a", year: 2021, mode: "empty" });
});
afterAll(() => db.drop());

describe("subtree scopes follow the unit tree", () => {
  it("keeps the closure table equal to the parent chain", async () => {
    const town = await db.prisma.unit.findUniqueOrThrow({
      where: { code: "town-a1" },
      include: { ancestorLinks: { include: { ancestor: true }, orderBy: { depth: "asc" } } },
    });
    expect(town.ancestorLinks.map((l) => [l.ancestor.code, l.depth])).toEqual([
      ["town-a1", 0],
      ["county-a", 1],
      ["city", 2],
    ]);
  });

  it("a reviewer of the parent with its subtree sees the child's report; one without the subtree does not", async () => {
    const reviewer = await actorFor("city-reviewer");
    expect((await getReportForEditing({ actor: reviewer, unitCode: "county-a", year: 2021 })).unit.code).toBe("county-a");
    const units = (await listWorkspaceReports({ actor: reviewer })).rows.map((r) => r.unitCode);
    expect(new Set(units)).toEqual(new Set(["city", "county-a", "county-b", "town-a1"]));
    const cityOnly = await actorFor("city-only");
    await expect(getReportForEditing({ actor: cityOnly, unitCode: "county-a", year: 2021 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(new Set((await listWorkspaceReports({ actor: cityOnly })).rows.map((r) => r.unitCode))).toEqual(new Set(["city"]));
  });

  it("a clerk of a sibling gets NOT_FOUND and nothing changes", async () => {
    const sibling = await actorFor("clerk-b");
    const report = await db.prisma.report.findFirstOrThrow({ where: { unit: { code: "county-a" }, year: 2021 }, include: { currentRevision: true } });
    const before = await snapshot(db.prisma);
    await expect(getReportForEditing({ actor: sibling, unitCode: "county-a", year: 2021 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      saveDraftRevision({ actor: sibling, reportId: report.id, version: report.currentRevision!.version, package: report.currentRevision!.package }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createReportDraft({ actor: sibling, unitCode: "county-a", year: 2022, mode: "empty" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("a scope is in the query as the actor's id, never as a list of unit ids", async () => {
    const { reportScopeWhere } = await import("@/lib/server/auth/scope");
    const where = JSON.stringify(reportScopeWhere(await actorFor("city-reviewer")));
    const unitIds = (await db.prisma.unit.findMany({ select: { id: true } })).map((u) => u.id);
    expect(unitIds.some((id) => where.includes(id))).toBe(false);
  });

  it("moving a unit moves its subtree, and a cycle is refused", async () => {
    const admin = world.admin;
    await updateUnit({ actor: admin, input: move("county-a", "某市甲县总工会", "county-b") });
    const town = await db.prisma.unitAncestor.findMany({ where: { descendant: { code: "town-a1" } }, include: { ancestor: true }, orderBy: { depth: "asc" } });
    expect(town.map((l) => l.ancestor.code)).toEqual(["town-a1", "county-a", "county-b", "city"]);
    // clerk-b (county-b only, no subtree) still does not see county-a.
    await expect(getReportForEditing({ actor: await actorFor("clerk-b"), unitCode: "county-a", year: 2021 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateUnit({ actor: admin, input: move("county-b", "某市乙县总工会", "town-a1") })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await updateUnit({ actor: admin, input: move("county-a", "某市甲县总工会", "city") });
    const after = await db.prisma.unitAncestor.findMany({ where: { descendant: { code: "town-a1" } }, include: { ancestor: true }, orderBy: { depth: "asc" } });
    expect(after.map((l) => l.ancestor.code)).toEqual(["town-a1", "county-a", "city"]);
  });
});

describe("units: admin changes", () => {
  it("a unit with reports cannot be deleted, only deactivated; every change is audited with before and after", async () => {
    const before = await snapshot(db.prisma);
    await expect(deleteUnit({ actor: world.admin, unitCode: "430203-zgh" })).rejects.toMatchObject({ code: "HAS_REPORTS" });
    expect(await snapshot(db.prisma)).toEqual(before);
    expect(await db.prisma.unit.count({ where: { code: "430203-zgh" } })).toBe(1);
    await setUnitActive({ actor: world.admin, unitCode: "430203-zgh", active: false });
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "unit.deactivate" }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ actorId: world.admin.id, before: { active: true }, after: { active: false } });
    await setUnitActive({ actor: world.admin, unitCode: "430203-zgh", active: true });
  });

  it("a unit without reports or children can be deleted", async () => {
    await createUnit({ actor: world.admin, fields: unit("mistake", "误建单位", null) });
    await deleteUnit({ actor: world.admin, unitCode: "mistake" });
    expect(await db.prisma.unit.count({ where: { code: "mistake" } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { action: "unit.delete" } })).toBe(1);
  });

  it("only an admin finds the admin functions: anyone else gets NOT_FOUND and nothing changes", async () => {
    const before = await db.prisma.unit.count();
    for (const actor of [world.clerk, world.reviewer]) {
      await expect(createUnit({ actor, fields: unit("x", "某单位", null) })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listAdminUnits({ actor })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(deleteUnit({ actor, unitCode: "city" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(setUserScope({ actor, loginName: "clerk-b", unitCode: "city", scope: { includeSubtree: true } })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    current.actor = world.clerk;
    expect(await createUnitAction({ ...unit("y", "某单位", null), parentCode: "" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.prisma.unit.count()).toBe(before);
  });

  it("lists are paged and the page size is capped", async () => {
    const page = await listAdminUnits({ actor: world.admin, query: { pageSize: "100000" } });
    expect(page.pageSize).toBe(50);
    const search = await listAdminUnits({ actor: world.admin, query: { q: "甲县" } });
    expect(search.rows.map((r) => r.code).sort()).toEqual(["county-a", "town-a1"]);
  });
});

describe("unit-list import", () => {
  const gbk = readFileSync(path.join(import.meta.dirname, "fixtures/units-gbk.csv"));
  const file = (bytes: Uint8Array, name = "units.csv") => ({ name, size: bytes.length, bytes });

  it("detects GBK, previews without writing, then creates every unit with its parent", async () => {
    const before = await snapshot(db.prisma);
    const units = await db.prisma.unit.count();
    const preview = await importUnitList({ actor: world.admin, file: file(gbk), commit: false });
    expect(preview).toMatchObject({ encoding: "GBK", committed: false, counts: { create: 3, update: 0, refused: 0 } });
    expect(preview.rows.map((r) => r.name)).toContain("株洲市天元区总工会");
    expect(await snapshot(db.prisma)).toEqual(before);
    expect(await db.prisma.unit.count()).toBe(units);

    const done = await importUnitList({ actor: world.admin, file: file(gbk), commit: true });
    expect(done.committed).toBe(true);
    const tianyuan = await db.prisma.unit.findUniqueOrThrow({ where: { code: "430211-zgh" }, include: { parent: true } });
    expect(tianyuan).toMatchObject({ name: "株洲市天元区总工会", shortName: "天元区总工会", parent: { code: "4302-szgh" } });
    // Again: nothing to do.
    expect((await importUnitList({ actor: world.admin, file: file(gbk), commit: false })).counts).toEqual({ create: 0, update: 0, unchanged: 3, refused: 0 });
  });

  it("reads UTF-8 with a BOM and reports changes by field", async () => {
    const text =
      "\uFEFF单位编码,单位名称,单位简称,所属地区,单位类别,上级单位编码\n430211-zgh,株洲市天元区总工会,天元工会,湖南省株洲市天元区,群团组织,4302-szgh\n";
    const preview = await importUnitList({ actor: world.admin, file: file(new TextEncoder().encode(text)), commit: false });
    expect(preview).toMatchObject({ encoding: "UTF-8（带 BOM）", counts: { update: 1 } });
    expect(preview.rows[0].detail).toBe("修改：单位简称");
  });

  it("is all or nothing: one refused row and nothing is written", async () => {
    const text = [
      "单位编码,单位名称,单位简称,所属地区,单位类别,上级单位编码",
      "new-one,新单位甲,甲,湖南省,行政单位,",
      "new-two,新单位乙,乙,湖南省,行政单位,no-such-parent",
      "bad code!,新单位丙,丙,湖南省,行政单位,",
    ].join("\n");
    const before = await snapshot(db.prisma);
    const units = await db.prisma.unit.count();
    const bytes = new TextEncoder().encode(text);
    const preview = await importUnitList({ actor: world.admin, file: file(bytes), commit: false });
    expect(preview.counts).toMatchObject({ create: 1, refused: 2 });
    expect(preview.rows.filter((r) => r.outcome === "refused").map((r) => r.line)).toEqual([3, 4]);
    expect(preview.rows.find((r) => r.line === 3)?.detail).toContain("no-such-parent");
    await expect(importUnitList({ actor: world.admin, file: file(bytes), commit: true })).rejects.toMatchObject({ code: "IMPORT_INVALID" });
    expect(await db.prisma.unit.count()).toBe(units);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("refuses a file that is neither CSV nor XLSX by its content", async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]);
    await expect(importUnitList({ actor: world.admin, file: file(bytes, "units.csv"), commit: false })).rejects.toMatchObject({ code: "UNSUPPORTED_FILE" });
  });
});
