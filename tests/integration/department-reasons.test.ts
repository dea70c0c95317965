/**
 * The variance reasons of a department report's consolidated lines, on real PostgreSQL: the lines
 * of 公开05 and 机关运行经费 are sums over the members, so the department's may differ from its
 * budget where 本级's does not; R9 refuses the submission until the department's clerk writes the
 * reasons in the department form (through the action's schema), they survive a rebuild of the
 * figures after a subordinate changes, and then the submission goes through.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, snapshot } from "./support/workspace-world";
import { current } from "./support/workspace-mocks";
import type { Actor } from "../../lib/rules/actor";
import { departmentExample } from "../../lib/disclosure/testing/department-example";
import type { TPackage } from "../../lib/disclosure/package";

let db: TestDatabase;

vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});
vi.mock("@/lib/server/public/revalidate", () => ({ revalidatePublishedReport: async () => undefined }));

const { buildDepartmentReport } = await import("@/lib/server/reports/build-department-report");
const { transitionReport } = await import("@/lib/server/reports/transition-report");
const { saveDepartmentTexts } = await import("@/lib/server/reports/save-department-texts");
const { getDepartmentRollup } = await import("@/lib/server/reports/get-department-rollup");
const { ZDepartmentTexts, departmentTextValues } = await import("@/lib/workspace/department-texts");

const units = { parent: { code: "R100", name: "市总工会" }, a: { code: "R101", name: "甲区工会" }, b: { code: "R102", name: "乙区工会" } };
const ex = departmentExample(2021, units);
// 甲 was given 20,000 less budget than it spent on 2012901 and 10,000 less for 机关运行经费; it says why in its own report.
const a = ex.subordinates[0].package;
a.generalBudgetExpenditure[0].budget = "280000.00";
a.generalBudgetExpenditure[0].varianceReason = "年中追加预算";
a.otherMatters.operatingCosts.budget = "40000.00";
a.otherMatters.operatingCosts.reasonVsBudget = "办公用房维修";

let clerk: Actor;

async function unitWithReport(code: string, name: string, parentId: string | null, pkg: TPackage, status: "DRAFT" | "APPROVED") {
  const unit = await db.prisma.unit.create({ data: { code, name, shortName: name, region: "", category: "工会", parentId } });
  const report = await db.prisma.report.create({ data: { unitId: unit.id, year: 2021, status } });
  const revision = await db.prisma.revision.create({ data: { reportId: report.id, number: 1, package: pkg, status } });
  await db.prisma.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id } });
  return unit;
}

const department = () =>
  db.prisma.report.findFirstOrThrow({ where: { unit: { code: units.parent.code }, kind: "DEPARTMENT" }, include: { currentRevision: true } });
const stored = async () => (await department()).currentRevision!.package as unknown as TPackage;

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  await buildWorld(db.prisma);
  const parent = await unitWithReport(units.parent.code, units.parent.name, null, ex.parent.package, "DRAFT");
  await unitWithReport(units.a.code, units.a.name, parent.id, a, "APPROVED");
  await unitWithReport(units.b.code, units.b.name, parent.id, ex.subordinates[1].package, "APPROVED");
  const u = await db.prisma.user.create({
    data: { loginName: "reasons-clerk", displayName: "填报人", role: "CLERK", passwordHash: "x", scopes: { create: { unitId: parent.id } } },
  });
  clerk = { id: u.id, loginName: u.loginName, displayName: u.displayName, role: "CLERK", unitIds: [parent.id] };
}, 120_000);

afterAll(() => db.drop());

describe("a department report's variance reasons", { timeout: 60_000 }, () => {
  it("submission is refused with R9 while a consolidated line differs from its budget without a reason; nothing changes", async () => {
    await buildDepartmentReport({ actor: clerk, unitCode: units.parent.code, year: 2021 });
    const rollup = await getDepartmentRollup({ actor: clerk, unitCode: units.parent.code, year: 2021 });
    // The form shows the line, with its figures, where R9's link leads.
    expect(rollup.varianceRows).toEqual([
      expect.objectContaining({
        code: "2012901",
        actual: "125.00万元",
        budget: "123.00万元",
        reason: "",
        needed: true,
        anchor: "f-generalBudgetExpenditure-0-varianceReason",
      }),
    ]);
    expect(rollup.checks.filter((c) => c.rule === "R9").map((c) => c.path)).toEqual([
      "generalBudgetExpenditure[0].varianceReason",
      "otherMatters.operatingCosts.reasonVsBudget",
    ]);
    const report = await department();
    const before = await snapshot(db.prisma);
    const refused = await transitionReport({ actor: clerk, reportId: report.id, version: report.currentRevision!.version, transition: "submit" }).catch(
      (e) => e,
    );
    expect(refused).toMatchObject({ code: "BLOCKING_ERRORS" });
    expect(refused.details.messages).toEqual([
      expect.stringContaining("公开05 科目2012901（行政运行） 决算数 = 125.00万元，年初预算数 = 123.00万元"),
      expect.stringContaining("机关运行经费决算数与年初预算数不一致"),
    ]);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("the clerk writes the reasons in the department form; they are stored in the department report's package", async () => {
    const report = await department();
    const form = ZDepartmentTexts.parse({
      ...departmentTextValues(report.currentRevision!.package as unknown as TPackage),
      reportId: report.id,
      version: String(report.currentRevision!.version),
      "varianceReason.2012901": "下属甲区工会年中追加预算",
      "otherMatters.operatingCosts.reasonVsBudget": "下属甲区工会办公用房维修",
    });
    const { reportId, version, varianceReasons, ...texts } = form;
    await saveDepartmentTexts({ actor: clerk, reportId, version, texts: texts as Record<string, string>, varianceReasons });
    const pkg = await stored();
    expect(pkg.generalBudgetExpenditure).toEqual([
      expect.objectContaining({ code: "2012901", budget: "1230000.00", varianceReason: "下属甲区工会年中追加预算" }),
    ]);
    expect(pkg.otherMatters.operatingCosts).toMatchObject({ budget: "290000.00", reasonVsBudget: "下属甲区工会办公用房维修" });
    // 甲's own reasons are 甲's: the department report does not take them.
    expect(JSON.stringify(pkg)).not.toContain('"年中追加预算"');
  });

  it("the reasons survive a rebuild of the figures after a subordinate changes", async () => {
    const b = await db.prisma.report.findFirstOrThrow({ where: { unit: { code: units.b.code } } });
    const changed = structuredClone(ex.subordinates[1].package);
    changed.generalBudgetExpenditure[0].budget = "190000.00";
    changed.generalBudgetExpenditure[0].varianceReason = "预算调减";
    await db.prisma.revision.update({ where: { id: b.currentRevisionId! }, data: { package: changed } });
    expect(await buildDepartmentReport({ actor: clerk, unitCode: units.parent.code, year: 2021, createIfMissing: false })).toMatchObject({ rebuilt: true });
    const pkg = await stored();
    expect(pkg.generalBudgetExpenditure).toEqual([expect.objectContaining({ budget: "1220000.00", varianceReason: "下属甲区工会年中追加预算" })]);
    expect(pkg.otherMatters.operatingCosts.reasonVsBudget).toBe("下属甲区工会办公用房维修");
    const rollup = await getDepartmentRollup({ actor: clerk, unitCode: units.parent.code, year: 2021 });
    expect(rollup.checks.filter((c) => c.severity === "error")).toEqual([]);
    expect(rollup.varianceRows).toEqual([expect.objectContaining({ budget: "122.00万元", reason: "下属甲区工会年中追加预算", needed: true })]);
  });

  it("then the submission goes through", async () => {
    const report = await department();
    await transitionReport({ actor: clerk, reportId: report.id, version: report.currentRevision!.version, transition: "submit" });
    expect((await department()).status).toBe("SUBMITTED");
    expect((await stored()).generalBudgetExpenditure[0].varianceReason).toBe("下属甲区工会年中追加预算");
  });
});
