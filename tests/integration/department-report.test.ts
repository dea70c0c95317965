/**
 * The department report (部门决算, kind DEPARTMENT) on real PostgreSQL: built from the consolidation,
 * submit refused while a subordinate is pending or a transfer does not match (D1), withdrawn by its
 * clerk until decided, returned with a reason its page shows, review follows the tree (the
 * department's reviewer decides the subordinates', not the department's) in the queue and the inbox
 * too, whose entries link to the department report's own pages, and corrected once published.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { oneAuditEntry as oneAuditEntryIn } from "./support/one-audit-entry";
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
const { getPublishedReport } = await import("@/lib/server/public/get-published-report");
const { listReviewQueue } = await import("@/lib/server/review/list-review-queue");
const { listInbox } = await import("@/lib/server/inbox/list-inbox");
const { countUnreadInbox } = await import("@/lib/server/inbox/count-unread-inbox");
const { listAuditLog } = await import("@/lib/server/audit/list-audit-log");
const { auditEntryHref } = await import("@/lib/workspace/hrefs");
const { ZAuditFilter, ZQueueFilter } = await import("@/lib/workspace/review-schemas");
const { getDepartmentRollup } = await import("@/lib/server/reports/get-department-rollup");
const { resolveComment } = await import("@/lib/server/comments/resolve-comment");

const ex = departmentExample(2021);
const MEMBERS = [
  { code: "D100", name: "市总工会", own: true },
  { code: "D101", name: "甲区工会", own: false },
  { code: "D102", name: "乙区工会", own: false },
];
const actors: Record<string, Actor> = {};

async function unitWithReport(code: string, name: string, parentId: string | null, pkg: TPackage | null, status: "DRAFT" | "SUBMITTED" | "APPROVED") {
  const unit = await db.prisma.unit.create({ data: { code, name, shortName: name, region: "", category: "工会", parentId } });
  if (pkg) {
    const report = await db.prisma.report.create({ data: { unitId: unit.id, year: 2021, status } });
    const revision = await db.prisma.revision.create({ data: { reportId: report.id, number: 1, package: pkg, status } });
    await db.prisma.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id } });
  }
  return unit;
}

async function user(loginName: string, role: "CLERK" | "REVIEWER", unitId: string, includeSubtree: boolean) {
  const u = await db.prisma.user.create({
    data: { loginName, displayName: loginName, role, passwordHash: "x", scopes: { create: { unitId, includeSubtree } } },
  });
  actors[loginName] = { id: u.id, loginName, displayName: loginName, role, unitIds: [unitId] };
}

const department = () => db.prisma.report.findFirstOrThrow({ where: { unit: { code: "D100" }, kind: "DEPARTMENT" }, include: { currentRevision: true } });
/** Runs `step` and proves it added exactly one audit entry, with this action. */
const oneAuditEntry = <T>(action: string, step: () => Promise<T>) => oneAuditEntryIn(db.prisma, action, step);
const unitReport = (code: string) => db.prisma.report.findFirstOrThrow({ where: { unit: { code }, kind: "UNIT" }, include: { currentRevision: true } });

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  await buildWorld(db.prisma);
  const top = await unitWithReport("D000", "省总工会", null, null, "DRAFT");
  const parent = await unitWithReport("D100", "市总工会", top.id, ex.parent.package, "DRAFT");
  await unitWithReport("D101", "甲区工会", parent.id, ex.subordinates[0].package, "APPROVED");
  await unitWithReport("D102", "乙区工会", parent.id, ex.subordinates[1].package, "SUBMITTED");
  await user("dept-clerk", "CLERK", parent.id, false);
  await user("dept-reviewer", "REVIEWER", parent.id, true);
  await user("top-reviewer", "REVIEWER", top.id, true);
}, 120_000);

afterAll(() => db.drop());

describe("the department report", { timeout: 60_000 }, () => {
  it("is created from the consolidation, beside the unit report, and rebuilt only when something changed", async () => {
    const built = await buildDepartmentReport({ actor: actors["dept-clerk"], unitCode: "D100", year: 2021 });
    expect(built).toMatchObject({ created: true });
    const report = await department();
    expect(report.status).toBe("DRAFT");
    const pkg = report.currentRevision!.package as unknown as TPackage;
    // 乙 is only submitted: 本级 and 甲 are consolidated.
    expect(pkg.overview.composition).toBe("市总工会2021年部门决算汇总公开单位构成包括：市总工会本级、甲区工会。");
    // The consolidated units are stored with the package (乙 is pending: not one of them).
    expect(report.currentRevision!.consolidatedUnits).toEqual([
      { code: "D100", name: "市总工会", own: true },
      { code: "D101", name: "甲区工会", own: false },
    ]);
    expect((await unitReport("D100")).status).toBe("DRAFT");
    expect(await buildDepartmentReport({ actor: actors["dept-clerk"], unitCode: "D100", year: 2021 })).toMatchObject({ created: false, rebuilt: false });
    // A second department report for the same unit and year cannot exist.
    await expect(db.prisma.report.create({ data: { unitId: report.unitId, year: 2021, kind: "DEPARTMENT" } })).rejects.toThrow();
  });

  it("cannot be submitted while a subordinate is not approved; nothing changes", async () => {
    const report = await department();
    const before = await snapshot(db.prisma);
    await expect(
      transitionReport({ actor: actors["dept-clerk"], reportId: report.id, version: report.currentRevision!.version, transition: "submit" }),
    ).rejects.toMatchObject({ code: "BLOCKING_ERRORS", message: expect.stringContaining("乙区工会") });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("the department's reviewer approves a subordinate's report (review follows the tree)", async () => {
    const r = await unitReport("D102");
    await transitionReport({ actor: actors["dept-reviewer"], reportId: r.id, version: r.currentRevision!.version, transition: "approve" });
    expect((await unitReport("D102")).status).toBe("APPROVED");
    const rebuilt = await buildDepartmentReport({ actor: actors["dept-clerk"], unitCode: "D100", year: 2021 });
    expect(rebuilt).toMatchObject({ rebuilt: true });
    const pkg = (await department()).currentRevision!.package as unknown as TPackage;
    expect(pkg.overview.composition).toContain("乙区工会");
    expect((await department()).currentRevision!.consolidatedUnits).toEqual(
      [MEMBERS[0], MEMBERS[1], MEMBERS[2]].map(({ code, name, own }) => ({ code, name, own })),
    );
    // The internal transfers are eliminated: no 上级补助收入 and no 对附属单位补助支出 left.
    expect(pkg.income.every((row) => row.superiorSubsidy === "0.00" || row.superiorSubsidy === undefined)).toBe(true);
    expect(pkg.expenditure.every((row) => row.subsidiaryGrants === "0.00" || row.subsidiaryGrants === undefined)).toBe(true);
  });

  it("cannot be submitted while an internal transfer does not match (D1); nothing changes", async () => {
    const sub = await unitReport("D101");
    const original = sub.currentRevision!.package as unknown as TPackage;
    const tampered = structuredClone(original);
    const row = tampered.income.find((r) => r.superiorSubsidy && r.superiorSubsidy !== "0.00")!;
    row.superiorSubsidy = (Number(row.superiorSubsidy) + 1000).toFixed(2);
    await db.prisma.revision.update({ where: { id: sub.currentRevisionId! }, data: { package: tampered } });
    const report = await department();
    const before = await snapshot(db.prisma);
    await expect(
      transitionReport({ actor: actors["dept-clerk"], reportId: report.id, version: report.currentRevision!.version, transition: "submit" }),
    ).rejects.toMatchObject({ code: "BLOCKING_ERRORS", message: expect.stringContaining("内部往来对不上") });
    expect(await snapshot(db.prisma)).toEqual(before);
    await db.prisma.revision.update({ where: { id: sub.currentRevisionId! }, data: { package: original } });
  });

  it("is withdrawn by its clerk after submitting (one audit entry, a draft again), and once returned from above its page shows why", async () => {
    const clerk = actors["dept-clerk"];
    const report = await department();
    let { version } = await oneAuditEntry("report.submit", () =>
      transitionReport({ actor: clerk, reportId: report.id, version: report.currentRevision!.version, transition: "submit" }),
    );
    // Its page offers its clerk 撤回; its own reviewer nothing (decided from above); the reviewer above the decisions.
    const offered = async (actor: Actor) => (await getDepartmentRollup({ actor, unitCode: "D100", year: 2021 })).department;
    expect(await offered(clerk)).toMatchObject({ status: "SUBMITTED", version, transitions: ["withdraw"] });
    expect(await offered(actors["dept-reviewer"])).toMatchObject({ transitions: [] });
    expect(await offered(actors["top-reviewer"])).toMatchObject({ transitions: ["return", "approve"] });

    // Only its clerk withdraws it: its reviewers are refused as if it were not there, and nothing changes.
    const before = await snapshot(db.prisma);
    for (const reviewer of [actors["dept-reviewer"], actors["top-reviewer"]]) {
      await expect(transitionReport({ actor: reviewer, reportId: report.id, version, transition: "withdraw" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(transitionReport({ actor: clerk, reportId: report.id, version: version - 1, transition: "withdraw" })).rejects.toMatchObject({
      code: "STALE_VERSION",
    });
    expect(await snapshot(db.prisma)).toEqual(before);

    const withdrawn = await oneAuditEntry("report.withdraw", () => transitionReport({ actor: clerk, reportId: report.id, version, transition: "withdraw" }));
    expect(withdrawn).toMatchObject({ status: "DRAFT", version: version + 1, revisionNumber: 1 });
    expect(await department()).toMatchObject({ status: "DRAFT", currentRevision: { status: "DRAFT", submittedAt: null, submittedById: null } });
    expect((await getDepartmentRollup({ actor: clerk, unitCode: "D100", year: 2021 })).department).toMatchObject({
      status: "DRAFT",
      version: withdrawn.version,
    });

    // Submitted again and returned by the reviewer above: the department page has the reason, which its clerk answers.
    ({ version } = await transitionReport({ actor: clerk, reportId: report.id, version: withdrawn.version, transition: "submit" }));
    ({ version } = await oneAuditEntry("report.return", () =>
      transitionReport({ actor: actors["top-reviewer"], reportId: report.id, version, transition: "return", comment: "请补充部门决算的说明" }),
    ));
    const returned = (await getDepartmentRollup({ actor: clerk, unitCode: "D100", year: 2021 })).department!;
    expect(returned).toMatchObject({ status: "RETURNED", version, revisionNumber: 1, changeNote: null });
    expect(returned.comments).toEqual([
      expect.objectContaining({ section: "report", fieldPath: null, body: "请补充部门决算的说明", author: "top-reviewer", resolved: false }),
    ]);
    // Its own reviewer, who may read the department page, sees the same remark.
    expect((await getDepartmentRollup({ actor: actors["dept-reviewer"], unitCode: "D100", year: 2021 })).department!.comments).toEqual(returned.comments);
    await oneAuditEntry("comment.resolve", () => resolveComment({ actor: clerk, commentId: returned.comments[0].id }));
    expect((await getDepartmentRollup({ actor: clerk, unitCode: "D100", year: 2021 })).department!.comments[0]).toMatchObject({
      resolved: true,
      resolvedBy: "dept-clerk",
    });
  });

  it("is in the queue and the inbox of the reviewer above, not of its own reviewer; its entries link to the department pages", async () => {
    // What came before (the withdraw test's submissions) is read: this test's news is what follows.
    for (const name of ["dept-reviewer", "top-reviewer", "dept-clerk"]) await listInbox({ actor: actors[name], page: 1, markSeen: true });
    let report = await department();
    await transitionReport({ actor: actors["dept-clerk"], reportId: report.id, version: report.currentRevision!.version, transition: "submit" });
    report = await department();
    const queued = async (name: string) =>
      (await listReviewQueue({ actor: actors[name], filter: ZQueueFilter.parse({}) })).rows.map((r) => `${r.unitCode} ${r.kind} ${r.status}`).sort();
    // The department's own reviewer decides its subordinates' reports (approved, to publish), not its department report…
    expect(await queued("dept-reviewer")).toEqual(["D101 UNIT APPROVED", "D102 UNIT APPROVED"]);
    await expect(listReviewQueue({ actor: actors["dept-reviewer"], filter: ZQueueFilter.parse({ status: "SUBMITTED" }) })).resolves.toMatchObject({
      rows: [],
      total: 0,
    });
    // …the reviewer above does (and the subordinates' too: the subtree is in scope).
    expect(await queued("top-reviewer")).toEqual(["D100 DEPARTMENT SUBMITTED", "D101 UNIT APPROVED", "D102 UNIT APPROVED"]);

    // The submission is news to the reviewer above only, and opens the department report's review page.
    const submitted = (await listInbox({ actor: actors["top-reviewer"], page: 1 })).rows;
    expect([submitted[0]!.action, submitted[0]!.unitCode, submitted[0]!.kind]).toEqual(["report.submit", "D100", "DEPARTMENT"]);
    for (const row of submitted) expect(auditEntryHref(actors["top-reviewer"], row)).toBe("/workspace/review/D100/2021?kind=department");
    expect((await listInbox({ actor: actors["dept-reviewer"], page: 1 })).rows).toEqual([]);
    expect(await countUnreadInbox({ actor: actors["dept-reviewer"] })).toBe(0);
    expect(await countUnreadInbox({ actor: actors["top-reviewer"] })).toBe(1);

    // Returned by the reviewer above: the clerk's notice opens the department page, not the unit editor.
    const returned = await transitionReport({
      actor: actors["top-reviewer"],
      reportId: report.id,
      version: report.currentRevision!.version,
      transition: "return",
      comment: "请补充部门职责",
    });
    expect(returned.status).toBe("RETURNED");
    const notices = (await listInbox({ actor: actors["dept-clerk"], page: 1 })).rows;
    const notice = notices[0]!;
    expect([notice.action, notice.kind, notice.details.comment, auditEntryHref(actors["dept-clerk"], notice)]).toEqual([
      "report.return",
      "DEPARTMENT",
      "请补充部门职责",
      "/workspace/reports/D100/2021/department",
    ]);
    expect(await countUnreadInbox({ actor: actors["dept-clerk"] })).toBe(1);

    // The audit log: every entry about the department report carries its kind (filterable), the
    // reviewer's links go to its review page; the unit report of D100 has none of them.
    const log = await listAuditLog({ actor: actors["top-reviewer"], filter: ZAuditFilter.parse({ unitCode: "D100", kind: "department" }) });
    const actions = log.rows.map((r) => r.action);
    expect(actions.slice(0, 2)).toEqual(["report.return", "report.submit"]);
    expect(actions.slice(-2)).toEqual(["revision.consolidate", "report.create"]);
    for (const row of log.rows) {
      expect(row.kind).toBe("DEPARTMENT");
      expect(auditEntryHref(actors["top-reviewer"], row)).toBe("/workspace/review/D100/2021?kind=department");
    }
    expect((await listAuditLog({ actor: actors["top-reviewer"], filter: ZAuditFilter.parse({ unitCode: "D100", kind: "unit" }) })).rows).toEqual([]);
    const stored = await db.prisma.auditLog.findMany({ where: { unit: { code: "D100" } }, select: { reportKind: true } });
    expect(new Set(stored.map((e) => e.reportKind))).toEqual(new Set(["DEPARTMENT"]));
  });

  it("is submitted again, refused to the department's own reviewer, and decided by the reviewer above", async () => {
    let report = await department();
    expect(report.status).toBe("RETURNED");
    await transitionReport({ actor: actors["dept-clerk"], reportId: report.id, version: report.currentRevision!.version, transition: "submit" });
    report = await department();
    expect(report.status).toBe("SUBMITTED");

    const before = await snapshot(db.prisma);
    for (const transition of ["approve", "return"] as const) {
      await expect(
        transitionReport({
          actor: actors["dept-reviewer"],
          reportId: report.id,
          version: report.currentRevision!.version,
          transition,
          comment: "退回",
        } as never),
      ).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("上级单位的审核人") });
    }
    expect(await snapshot(db.prisma)).toEqual(before);

    const approved = await transitionReport({
      actor: actors["top-reviewer"],
      reportId: report.id,
      version: report.currentRevision!.version,
      transition: "approve",
    });
    // Decided: its clerk can no longer withdraw it, and the refusal changes nothing.
    const decided = await snapshot(db.prisma);
    await expect(
      transitionReport({ actor: actors["dept-clerk"], reportId: report.id, version: approved.version, transition: "withdraw" }),
    ).rejects.toMatchObject({ code: "INVALID_TRANSITION", message: "该报告当前为“已通过”，不能撤回：只有已提交的报告可以撤回" });
    expect(await snapshot(db.prisma)).toEqual(decided);
    await transitionReport({
      actor: actors["top-reviewer"],
      reportId: report.id,
      version: approved.version,
      transition: "publish",
      secrecyReviewed: true,
      headApproved: true,
    });
    expect((await department()).status).toBe("PUBLISHED");

    const published = await getPublishedReport({ unitCode: "D100", year: 2021, kind: "DEPARTMENT" });
    expect(published?.kind).toBe("DEPARTMENT");
    expect(published?.members.map((m) => m.code)).toEqual(["D100", "D101", "D102"]);
    // The unit's own address still means its unit report, which is not published.
    expect(await getPublishedReport({ unitCode: "D100", year: 2021 })).toBeNull();
  });

  it("a publication expires its pages: the department report and each of its revisions, under …/department", async () => {
    const { publishedReportPaths } = await vi.importActual<typeof import("@/lib/server/public/revalidate")>("@/lib/server/public/revalidate");
    const paths = await publishedReportPaths({ unitCode: "D100", year: 2021 });
    expect(paths).toEqual(expect.arrayContaining(["/units/D100/2021/department", "/units/D100/2021/department/r/1"]));
    // Its unit report is not published: no revision page of it.
    expect(paths).not.toContain("/units/D100/2021/r/1");
  });

  it("keeps its published 决算单位构成 when the tree changes afterwards: the page (which the PDF prints) and the JSON read the list frozen with the revision", async () => {
    const { publishedReportProps } = await import("@/lib/server/public/published-report-props");
    const { fromWire } = await import("@/lib/public/wire");
    const { apiGet } = await import("./support/api-routes");
    const published = (await department()).currentRevision!;
    expect(published.status).toBe("PUBLISHED");
    expect(published.consolidatedUnits).toEqual(MEMBERS);

    // After publication: 甲 is deactivated, 乙 moves under the province, 丙 joins with an approved report, 甲 is renamed.
    const top = await db.prisma.unit.findUniqueOrThrow({ where: { code: "D000" } });
    const parent = await db.prisma.unit.findUniqueOrThrow({ where: { code: "D100" } });
    await db.prisma.unit.update({ where: { code: "D101" }, data: { active: false, name: "甲区工会（已撤销）" } });
    await db.prisma.unit.update({ where: { code: "D102" }, data: { parentId: top.id } });
    await unitWithReport(
      "D103",
      "丙区工会",
      parent.id,
      departmentExample(2021, { parent: { code: "D100", name: "市总工会" }, a: { code: "D103", name: "丙区工会" }, b: { code: "D104", name: "丁区工会" } })
        .subordinates[0].package,
      "APPROVED",
    );

    for (const revision of [undefined, 1]) {
      const report = await getPublishedReport({ unitCode: "D100", year: 2021, revision, kind: "DEPARTMENT" });
      expect(report?.members, `revision ${revision}`).toEqual(MEMBERS);
    }
    for (const revision of [undefined, "1"]) {
      const props = await publishedReportProps({ unitCode: "D100", year: "2021", revision, kind: "DEPARTMENT" });
      if (!("props" in props)) throw new Error("expected props");
      expect(fromWire<{ members: unknown }>(props.props.wire).members).toEqual(MEMBERS);
    }
    const json = await (await apiGet("/api/v1/units/D100/reports/2021/department")).json();
    expect(json.members.map((m: { code: string; name: string }) => `${m.code} ${m.name}`)).toEqual(["D100 市总工会", "D101 甲区工会", "D102 乙区工会"]);

    // The database refuses to change the list of a published revision.
    await expect(db.prisma.revision.update({ where: { id: published.id }, data: { consolidatedUnits: [] } })).rejects.toThrow(/published/);

    // A correction starts from the frozen list; its first save takes in the tree of now.
    const report = await department();
    const correction = await oneAuditEntry("report.correct", () =>
      transitionReport({
        actor: actors["dept-clerk"],
        reportId: report.id,
        version: report.currentRevision!.version,
        transition: "correct",
        changeNote: "下属单位调整",
      }),
    );
    expect((await department()).currentRevision!.consolidatedUnits).toEqual(MEMBERS);
    // Its page shows revision 2, a draft with its 更正说明 and none of revision 1's remarks.
    expect((await getDepartmentRollup({ actor: actors["dept-clerk"], unitCode: "D100", year: 2021 })).department).toMatchObject({
      status: "DRAFT",
      revisionNumber: 2,
      changeNote: "下属单位调整",
      comments: [],
      transitions: ["submit"],
    });
    expect(await buildDepartmentReport({ actor: actors["dept-clerk"], unitCode: "D100", year: 2021 })).toMatchObject({ rebuilt: true });
    const draft = (await department()).currentRevision!;
    expect(draft.number).toBe(correction.revisionNumber);
    expect(draft.consolidatedUnits).toEqual([
      { code: "D100", name: "市总工会", own: true },
      { code: "D103", name: "丙区工会", own: false },
    ]);
    // Revision 1, published, is unchanged.
    expect((await getPublishedReport({ unitCode: "D100", year: 2021, kind: "DEPARTMENT" }))?.members).toEqual(MEMBERS);
  });
});
