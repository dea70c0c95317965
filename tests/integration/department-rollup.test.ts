/**
 * 部门汇总 on real PostgreSQL: three units in a tree (the worked example of consolidate.test.ts),
 * the parent's own report and the subordinates' reports at various statuses.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, type World } from "./support/workspace-world";
import { current } from "./support/workspace-mocks";
import type { Actor } from "../../lib/rules/actor";
import { departmentExample } from "../../lib/disclosure/testing/department-example";
import type { TPackage } from "../../lib/disclosure/package";

let db: TestDatabase;
let world: World;

vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});

const { getDepartmentRollup } = await import("@/lib/server/reports/get-department-rollup");

const ex = departmentExample(2021);
let deptClerk: Actor;

async function unitWithReport(code: string, name: string, parentId: string | null, pkg: TPackage | null, status: "DRAFT" | "SUBMITTED" | "APPROVED") {
  const unit = await db.prisma.unit.create({ data: { code, name, shortName: name, region: "", category: "工会", parentId } });
  if (pkg) {
    const report = await db.prisma.report.create({ data: { unitId: unit.id, year: 2021, status } });
    const revision = await db.prisma.revision.create({ data: { reportId: report.id, number: 1, package: pkg, status } });
    await db.prisma.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id } });
  }
  return unit;
}

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
  const parent = await unitWithReport("D100", "市总工会", null, ex.parent.package, "DRAFT");
  await unitWithReport("D101", "甲区工会", parent.id, ex.subordinates[0].package, "APPROVED");
  await unitWithReport("D102", "乙区工会", parent.id, ex.subordinates[1].package, "SUBMITTED");
  const user = await db.prisma.user.create({
    data: { loginName: "dept-clerk", displayName: "市总填报人", role: "CLERK", passwordHash: "x", scopes: { create: { unitId: parent.id } } },
  });
  deptClerk = { id: user.id, loginName: user.loginName, displayName: user.displayName, role: "CLERK", unitIds: [parent.id] };
}, 120_000);

afterAll(() => db.drop());

describe("department roll-up", () => {
  it("lists a subordinate not yet approved as pending and leaves its figures out", async () => {
    const r = await getDepartmentRollup({ actor: deptClerk, unitCode: "D100", year: 2021 });
    expect(r.members.map((m) => [m.unit.code, m.status, m.included])).toEqual([
      ["D100", "DRAFT", true],
      ["D101", "APPROVED", true],
      ["D102", "SUBMITTED", false],
    ]);
    expect(r.pending.map((m) => m.unit.name)).toEqual(["乙区工会"]);
    // Without 乙, the parent's grants (30万) and 甲's remittance do not match: D1 and D2 say so.
    expect(r.checks.filter((c) => c.rule === "D1" || c.rule === "D2").map((c) => c.rule)).toEqual(["D1", "D2"]);
  });

  it("once every subordinate is approved, the transfers cancel out and the tables show none", async () => {
    await db.prisma.report.updateMany({ where: { unit: { code: "D102" } }, data: { status: "APPROVED" } });
    const r = await getDepartmentRollup({ actor: deptClerk, unitCode: "D100", year: 2021 });
    expect(r.pending).toEqual([]);
    expect(r.checks.filter((c) => c.severity === "error")).toEqual([]);
    expect(r.consolidation!.eliminations.map((e) => [e.pair, e.amount])).toEqual([
      ["grants", 30_000_000n],
      ["remittances", 5_000_000n],
    ]);
    expect(r.consolidation!.package.overview.composition).toBe("市总工会2021年部门决算汇总公开单位构成包括：市总工会本级、甲区工会、乙区工会。");
    const g03 = r.tables.find((t) => t.key === "g03")!;
    expect(g03.rows.find((row) => row.level === "合计")!.values.slice(-6)).toEqual([150_000_000n, 115_000_000n, 35_000_000n, 0n, 0n, 0n]);
  });

  it("is NOT_FOUND out of scope and for a unit without subordinates", async () => {
    await expect(getDepartmentRollup({ actor: world.outsider, unitCode: "D100", year: 2021 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDepartmentRollup({ actor: world.clerk, unitCode: "D100", year: 2021 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDepartmentRollup({ actor: world.clerk, unitCode: "430203-zgh", year: 2021 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
