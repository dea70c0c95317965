/**
 * 填报 → 审核 → 公开 on real PostgreSQL, through the DAL and the server actions: every transition
 * writes exactly one audit entry; refused decisions change nothing; a published revision and its
 * line items cannot be changed even by direct SQL through the app's connection; a correction is
 * published as revision 2 and the public reads show it with revision 1 still linked.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { oneAuditEntry as oneAuditEntryIn } from "./support/one-audit-entry";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, snapshot, type World } from "./support/workspace-world";
import { current } from "./support/workspace-mocks";
import { loadFixture } from "../../scripts/db/seed-data";
import type { Actor } from "../../lib/rules/actor";
import type { TPackage } from "../../lib/disclosure/package";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});
vi.mock("@/lib/server/auth/session", async () => {
  const { current: state } = await import("./support/workspace-mocks");
  return { getActor: async () => state.actor, requireActor: async () => state.actor };
});

const { saveDraftRevision } = await import("@/lib/server/reports/save-draft-revision");
const { transitionReport } = await import("@/lib/server/reports/transition-report");
const { transitionReportAction } = await import("@/lib/server/actions/transition-report-action");
const { addComment } = await import("@/lib/server/comments/add-comment");
const { resolveComment } = await import("@/lib/server/comments/resolve-comment");
const { getReportForEditing } = await import("@/lib/server/reports/get-report-for-editing");
const { getReportReview } = await import("@/lib/server/review/get-report-review");
const { listReviewQueue } = await import("@/lib/server/review/list-review-queue");
const { listAuditLog } = await import("@/lib/server/audit/list-audit-log");
const { listInbox } = await import("@/lib/server/inbox/list-inbox");
const { countUnreadInbox } = await import("@/lib/server/inbox/count-unread-inbox");
const { getPublishedReport } = await import("@/lib/server/public/get-published-report");

let db: TestDatabase;
let world: World;
let otherReviewer: Actor;
const fixture2021 = (): TPackage => ({ ...loadFixture(), year: 2021 });
const allFilter = { page: 1, unitCode: undefined, actor: undefined };

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
  const other = await db.prisma.unit.findUniqueOrThrow({ where: { code: "430203-other" } });
  const user = await db.prisma.user.create({
    data: { loginName: "other-reviewer", displayName: "某局审核人", role: "REVIEWER", passwordHash: "x", scopes: { create: { unitId: other.id } } },
  });
  otherReviewer = { id: user.id, loginName: user.loginName, displayName: user.displayName, role: "REVIEWER", unitIds: [other.id] };
});
afterAll(() => db.drop());
beforeEach(() => {
  current.actor = world.clerk;
});

const reportId = () => world.draft.reportId;
async function currentRevision() {
  const report = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId() }, include: { currentRevision: true } });
  return report.currentRevision!;
}
const auditCount = () => db.prisma.auditLog.count();

/** Runs `step` and proves it added exactly one audit entry, with this action. */
const oneAuditEntry = <T>(action: string, step: () => Promise<T>) => oneAuditEntryIn(db.prisma, action, step);

describe("the loop 填报 → 审核 → 公开", () => {
  it("submit, comment, return, answer, resubmit, approve, publish: each decision one audit entry", async () => {
    // The seed's 2020 submission and decisions: seen.
    for (const actor of [world.clerk, world.reviewer]) await listInbox({ actor, page: 1, markSeen: true });
    let { version } = await currentRevision();
    ({ version } = await saveDraftRevision({ actor: world.clerk, reportId: reportId(), version, package: fixture2021() }));
    ({ version } = await oneAuditEntry("report.submit", () => transitionReport({ transition: "submit", actor: world.clerk, reportId: reportId(), version })));

    // The reviewer's queue lists it, with its checks; the other unit's reviewer does not see it.
    const queue = await listReviewQueue({ actor: world.reviewer, filter: allFilter, now: new Date("2022-09-01T00:00:00Z") });
    expect(queue.rows).toEqual([
      expect.objectContaining({
        unitCode: "430203-zgh",
        year: 2021,
        status: "SUBMITTED",
        blockingErrors: 0,
        submittedBy: world.clerk.displayName,
        daysLeft: 30,
      }),
    ]);
    expect((await listReviewQueue({ actor: otherReviewer, filter: allFilter })).rows).toEqual([]);
    await expect(listReviewQueue({ actor: world.reviewer, filter: { page: 1, year: 2020 } })).resolves.toMatchObject({ rows: [], total: 0 });

    const { id: commentId } = await oneAuditEntry("comment.add", () =>
      addComment({ actor: world.reviewer, reportId: reportId(), section: "overview", fieldPath: "income[0].fiscal", body: "请核对财政拨款收入" }),
    );
    await oneAuditEntry("report.return", () =>
      transitionReport({ transition: "return", comment: "请按批注修改", actor: world.reviewer, reportId: reportId(), version }),
    );
    version += 1;

    // The clerk sees both remarks (the field's one filed under the field's part) and answers one.
    const editing = await getReportForEditing({ actor: world.clerk, unitCode: "430203-zgh", year: 2021 });
    expect(editing.status).toBe("RETURNED");
    expect(editing.editable).toBe(true);
    expect(editing.comments.map((c) => [c.section, c.fieldPath, c.body, c.resolved])).toEqual([
      ["income", "income[0].fiscal", "请核对财政拨款收入", false],
      ["report", null, "请按批注修改", false],
    ]);
    await oneAuditEntry("comment.resolve", () => resolveComment({ actor: world.clerk, commentId }));
    await expect(resolveComment({ actor: world.outsider, commentId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The clerk's inbox has the return with its comment; opening it clears the header count.
    expect(await countUnreadInbox({ actor: world.clerk })).toBe(1);
    const inbox = await listInbox({ actor: world.clerk, page: 1, markSeen: true });
    expect(inbox.rows[0]).toMatchObject({ action: "report.return", unread: true, details: { comment: "请按批注修改" } });
    expect(await countUnreadInbox({ actor: world.clerk })).toBe(0);

    const changed = { ...fixture2021(), reasons: { ...fixture2021().reasons, grandTotalChange: "已按批注修改" } };
    ({ version } = await saveDraftRevision({ actor: world.clerk, reportId: reportId(), version, package: changed }));
    ({ version } = await transitionReport({ transition: "submit", actor: world.clerk, reportId: reportId(), version }));
    expect(await countUnreadInbox({ actor: world.reviewer })).toBe(2);

    // The review compares with what was returned: exactly the field the clerk changed.
    const review = await getReportReview({ actor: world.reviewer, unitCode: "430203-zgh", year: 2021 });
    expect(review.base?.label).toBe("上次退回时的内容");
    expect(review.transitions).toEqual(["return", "approve"]);

    ({ version } = await oneAuditEntry("report.approve", () =>
      transitionReport({ transition: "approve", actor: world.reviewer, reportId: reportId(), version }),
    ));
    current.actor = world.reviewer;
    const published = await oneAuditEntry("report.publish", () =>
      transitionReportAction({ transition: "publish", secrecyReviewed: true, headApproved: true, reportId: reportId(), version }),
    );
    expect(published).toMatchObject({ ok: true, data: { status: "PUBLISHED" } });

    const report = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId() } });
    expect(report).toMatchObject({ status: "PUBLISHED", publishedRevisionId: world.draft.revisionId });
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "report.publish", year: 2021 } });
    expect(entry.actorId).toBe(world.reviewer.id);
    expect(entry.after).toMatchObject({
      source: "workspace",
      attestations: { secrecyReviewed: { by: world.reviewer.displayName }, headApproved: { by: world.reviewer.displayName } },
    });
    expect((await getPublishedReport({ unitCode: "430203-zgh", year: 2021 }))?.revision.number).toBe(1);
  });

  it("a correction opens revision 2 with its note, and once published the public reads show 第2版 and link 第1版", async () => {
    const published = await currentRevision();
    await expect(
      transitionReport({ transition: "correct", changeNote: "更正", actor: world.reviewer, reportId: reportId(), version: published.version }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" }); // a reviewer does not correct
    const result = await oneAuditEntry("report.correct", () =>
      transitionReport({ transition: "correct", changeNote: "更正公开02的一处金额", actor: world.clerk, reportId: reportId(), version: published.version }),
    );
    expect(result).toMatchObject({ status: "DRAFT", revisionNumber: 2 });
    const draft = await currentRevision();
    expect(draft).toMatchObject({ number: 2, status: "DRAFT", changeNote: "更正公开02的一处金额" });
    expect(await db.prisma.lineItem.count({ where: { revisionId: draft.id } })).toBe(await db.prisma.lineItem.count({ where: { revisionId: published.id } }));
    expect((await getPublishedReport({ unitCode: "430203-zgh", year: 2021 }))?.revision.number).toBe(1);

    let { version } = draft;
    ({ version } = await transitionReport({ transition: "submit", actor: world.clerk, reportId: reportId(), version }));
    expect((await getReportReview({ actor: world.reviewer, unitCode: "430203-zgh", year: 2021 })).base?.label).toBe("第1版（已公开）");
    ({ version } = await transitionReport({ transition: "approve", actor: world.admin, reportId: reportId(), version }));
    await transitionReport({ transition: "publish", secrecyReviewed: true, headApproved: true, actor: world.admin, reportId: reportId(), version });
    const latest = await getPublishedReport({ unitCode: "430203-zgh", year: 2021 });
    expect(latest?.revision).toMatchObject({ number: 2, changeNote: "更正公开02的一处金额" });
    expect(latest?.revisions.map((r) => r.number)).toEqual([2, 1]);
    expect((await getPublishedReport({ unitCode: "430203-zgh", year: 2021, revision: 1 }))?.latest).toBe(false);
  });
});

describe("refused decisions change nothing", () => {
  it("publish without the attestations, approve out of scope, submit with errors, publish a draft, a clerk approving", async () => {
    // A fresh draft: the 2022 report of the unit, started from nothing.
    const fy = await db.prisma.fiscalYear.upsert({ where: { year: 2022 }, update: {}, create: { year: 2022, publicationDeadline: new Date("2023-09-30") } });
    const { createReportDraft } = await import("@/lib/server/reports/create-report-draft");
    const { reportId: id } = await createReportDraft({ actor: world.clerk, unitCode: "430203-zgh", year: fy.year, mode: "empty" });
    const broken = { ...loadFixture(), year: 2022 };
    broken.balances = { ...broken.balances, closingCarryover: "1.00" }; // 公开01 no longer balances
    const { version } = await saveDraftRevision({ actor: world.clerk, reportId: id, version: 1, package: broken });
    const before = await snapshot(db.prisma);

    await expect(transitionReport({ transition: "submit", actor: world.clerk, reportId: id, version })).rejects.toMatchObject({ code: "BLOCKING_ERRORS" });
    await expect(
      transitionReport({ transition: "publish", secrecyReviewed: true, headApproved: true, actor: world.reviewer, reportId: id, version }),
    ).rejects.toMatchObject({ code: "INVALID_TRANSITION", message: "该报告当前为“草稿”，不能发布：只有已通过的报告可以发布" });
    await expect(transitionReport({ transition: "approve", actor: otherReviewer, reportId: id, version })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(transitionReport({ transition: "approve", actor: world.clerk, reportId: id, version })).rejects.toMatchObject({ code: "NOT_FOUND" });
    current.actor = world.reviewer;
    const unticked = await transitionReportAction({ transition: "publish", secrecyReviewed: true, reportId: id, version });
    expect(unticked).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { headApproved: "请勾选“单位负责人已审签”后再发布" } });
    const noComment = await transitionReportAction({ transition: "return", comment: "  ", reportId: id, version });
    expect(noComment).toMatchObject({ ok: false, fieldErrors: { comment: "退回时必须填写退回意见" } });
    await expect(addComment({ actor: world.reviewer, reportId: id, section: "overview", fieldPath: undefined, body: "x" })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
    await expect(listAuditLog({ actor: world.clerk, filter: allFilter })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(db.prisma)).toEqual(before);
  });
});

describe("the audit log viewer", () => {
  it("shows a reviewer their units only, an admin everything, filtered and paged", async () => {
    const mine = await listAuditLog({ actor: world.reviewer, filter: { ...allFilter, action: "report.publish" } });
    expect(mine.rows.map((r) => [r.unitCode, r.year])).toEqual([
      ["430203-zgh", 2021],
      ["430203-zgh", 2021],
      ["430203-zgh", 2020],
    ]);
    expect((await listAuditLog({ actor: otherReviewer, filter: allFilter })).total).toBe(0);
    await db.prisma.auditLog.createMany({ data: Array.from({ length: 60 }, (_, i) => ({ action: "test.fill", targetType: "Test", targetId: String(i) })) });
    const all = await listAuditLog({ actor: world.admin, filter: allFilter });
    expect(all.total).toBe(await auditCount());
    expect(all.rows).toHaveLength(50); // one page, newest first
    expect(all.rows[0].action).toBe("test.fill");
    const second = await listAuditLog({ actor: world.admin, filter: { ...allFilter, page: 2 } });
    expect(second.rows).toHaveLength(Math.min(50, all.total - 50));
    expect(Number(second.rows[0].id)).toBeLessThan(Number(all.rows[49].id));
    const byActor = await listAuditLog({ actor: world.admin, filter: { ...allFilter, actor: "admin" } });
    expect(byActor.rows.length).toBeGreaterThan(0);
    expect(new Set(byActor.rows.map((r) => r.actor))).toEqual(new Set([world.admin.displayName]));
  });
});

describe("a published revision is immutable, even by direct SQL through the app's connection", () => {
  it("refuses UPDATE and DELETE of the revision and any change to its line items", async () => {
    const published = await db.prisma.revision.findFirstOrThrow({ where: { status: "PUBLISHED", report: { year: 2021 }, number: 1 } });
    const items = await db.prisma.lineItem.findMany({ where: { revisionId: published.id }, orderBy: { id: "asc" } });
    expect(items.length).toBeGreaterThan(10);
    const sql = db.prisma;
    await expect(sql.$executeRawUnsafe(`UPDATE revisions SET updated_at = now() WHERE id = $1::uuid`, published.id)).rejects.toThrow(
      /published and cannot be changed/,
    );
    await expect(sql.$executeRawUnsafe(`DELETE FROM revisions WHERE id = $1::uuid`, published.id)).rejects.toThrow(/published and cannot be deleted/);
    await expect(sql.$executeRawUnsafe(`DELETE FROM reports WHERE id = $1::uuid`, reportId())).rejects.toThrow(/published and cannot be deleted/);
    await expect(sql.$executeRawUnsafe(`UPDATE line_items SET amount = amount + 1 WHERE revision_id = $1::uuid`, published.id)).rejects.toThrow(
      /line items of published revision/,
    );
    await expect(sql.$executeRawUnsafe(`DELETE FROM line_items WHERE revision_id = $1::uuid`, published.id)).rejects.toThrow(
      /line items of published revision/,
    );
    await expect(
      sql.$executeRawUnsafe(`INSERT INTO line_items (revision_id, section, field, amount) VALUES ($1::uuid, 'x', 'y', 1)`, published.id),
    ).rejects.toThrow(/line items of published revision/);
    await expect(sql.lineItem.updateMany({ where: { revisionId: published.id }, data: { amount: "0" } })).rejects.toThrow(/line items of published revision/);
    expect(await db.prisma.revision.findUniqueOrThrow({ where: { id: published.id } })).toEqual(published);
    expect(await db.prisma.lineItem.findMany({ where: { revisionId: published.id }, orderBy: { id: "asc" } })).toEqual(items);
  });
});

describe("撤回: the clerk withdraws a submission until the reviewer has decided", () => {
  it("takes the report back to a draft with one audit entry, out of the queue; refused out of scope, to a reviewer and after a decision", async () => {
    const fy = await db.prisma.fiscalYear.upsert({ where: { year: 2023 }, update: {}, create: { year: 2023, publicationDeadline: new Date("2024-09-30") } });
    const { createReportDraft } = await import("@/lib/server/reports/create-report-draft");
    const { reportId: id } = await createReportDraft({ actor: world.clerk, unitCode: "430203-zgh", year: fy.year, mode: "empty" });
    let { version } = await saveDraftRevision({ actor: world.clerk, reportId: id, version: 1, package: { ...loadFixture(), year: 2023 } });
    ({ version } = await transitionReport({ transition: "submit", actor: world.clerk, reportId: id, version }));
    const queued = () => listReviewQueue({ actor: world.reviewer, filter: { page: 1, year: 2023 } });
    expect((await queued()).total).toBe(1);

    // Only the clerk in scope may withdraw; the refusals change nothing.
    const before = await snapshot(db.prisma);
    await expect(transitionReport({ transition: "withdraw", actor: world.reviewer, reportId: id, version })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(transitionReport({ transition: "withdraw", actor: world.outsider, reportId: id, version })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(transitionReport({ transition: "withdraw", actor: world.clerk, reportId: id, version: version - 1 })).rejects.toMatchObject({
      code: "STALE_VERSION",
    });
    expect(await snapshot(db.prisma)).toEqual(before);

    current.actor = world.clerk;
    const withdrawn = await oneAuditEntry("report.withdraw", () => transitionReportAction({ transition: "withdraw", reportId: id, version }));
    expect(withdrawn).toMatchObject({ ok: true, data: { status: "DRAFT" } });
    version += 1;
    const revision = await db.prisma.report.findUniqueOrThrow({ where: { id }, include: { currentRevision: true } });
    expect(revision).toMatchObject({ status: "DRAFT", currentRevision: { status: "DRAFT", submittedAt: null, submittedById: null } });
    expect((await queued()).total).toBe(0);
    const editing = await getReportForEditing({ actor: world.clerk, unitCode: "430203-zgh", year: 2023 });
    expect(editing.editable).toBe(true);
    const reviewerInbox = await listInbox({ actor: world.reviewer, page: 1, markSeen: false });
    expect(reviewerInbox.rows[0]).toMatchObject({ action: "report.withdraw", year: 2023 });

    // Once the reviewer has decided, there is nothing to withdraw.
    ({ version } = await transitionReport({ transition: "submit", actor: world.clerk, reportId: id, version }));
    ({ version } = await transitionReport({ transition: "approve", actor: world.reviewer, reportId: id, version }));
    const approved = await snapshot(db.prisma);
    await expect(transitionReport({ transition: "withdraw", actor: world.clerk, reportId: id, version })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      message: "该报告当前为“已通过”，不能撤回：只有已提交的报告可以撤回",
    });
    expect(await snapshot(db.prisma)).toEqual(approved);
  });
});
