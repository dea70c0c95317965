import "@/lib/server/server-only";
import { recordedUserId, type Actor } from "@/lib/rules/actor";
import { DEPARTMENT_DECISION_REFUSAL, departmentSubmitRefusal, mayDecide } from "@/lib/rules/department";
import { canTransition, TRANSITIONS, transitionRefusal, type TReportStatus } from "@/lib/rules/status-machine";
import { reviewReach } from "@/lib/server/auth/scope";
import { diffPackages } from "@/lib/disclosure/fields";
import type { TPackage } from "@/lib/disclosure/package";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { codeSetFor } from "@/lib/server/codes/load-code-sets";
import { db, type DbTransaction } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { revalidatePublishedReport } from "@/lib/server/public/revalidate";
import { blockingCount, checkDraft } from "@/lib/workspace/draft-checks";
import type { TTransitionRequest } from "@/lib/workspace/review-schemas";
import { loadScopedReport, loadScopedReportStatus, previousPublishedPackage, storedPackage } from "./load-scoped-report";
import { copyAttachments } from "@/lib/server/attachments/copy-attachments";
import { consolidatedUnits, sameUnits, storedConsolidatedUnits } from "./consolidated-units";
import { consolidateDepartment } from "./get-department-rollup";
import { saveRevisionRows } from "./save-revision-rows";
import { writeRevisionSummary, writeRevisionSummaryStatus } from "./write-revision-summary";

/** Where a transition came from, recorded in its audit entry. */
export type TTransitionSource = "workspace" | "import" | "seed" | "script";

export type TransitionReportOptions = TTransitionRequest & {
  /** A signed-in person, or SYSTEM_ACTOR (lib/rules/actor.ts) for a script. */
  actor: Actor;
  reportId: string;
  /** The version of the current revision the caller read: anything else is STALE_VERSION. */
  version: number;
  /** Recorded in the audit entry; "workspace" when omitted. */
  source?: TTransitionSource;
  /** When it happened; now when omitted (the seeds replay a past timeline). */
  at?: Date;
  /**
   * Run inside the caller's transaction (a script writing many reports at once). The caller
   * then calls revalidatePublishedReport after its commit; without it, this function does.
   */
  tx?: DbTransaction;
};

export interface TransitionResult {
  status: TReportStatus;
  /** The revision the transition left current (for correct: the new revision n+1). */
  revisionId: string;
  revisionNumber: number;
  version: number;
  unitCode: string;
  year: number;
}

/**
 * The one way a report changes status: submit, withdraw, return, approve, publish, and correct (opens
 * revision n+1 as a draft with its 更正说明). Role and scope (NOT_FOUND outside it), the status
 * machine, the version guard and the checks are verified; the revision, the report, line items,
 * the revision's summary row and exactly one audit entry are written in one transaction; after a publication has committed,
 * the public pages of the report expire in every worker and in nginx.
 */
export async function transitionReport(options: TransitionReportOptions): Promise<TransitionResult> {
  if (options.tx) return applyTransition(options.tx, options);
  const result = await db().$transaction((tx) => applyTransition(tx, options));
  if (options.transition === "publish") await revalidatePublishedReport({ unitCode: result.unitCode, year: result.year });
  return result;
}

async function applyTransition(tx: DbTransaction, options: TransitionReportOptions): Promise<TransitionResult> {
  const { actor } = options;
  const rule = TRANSITIONS[options.transition];
  // Approve and publish never read the package JSON (tens of KB): their report is read without it.
  const readsPackage = options.transition === "submit" || options.transition === "return" || options.transition === "correct";
  const report = readsPackage
    ? await loadScopedReport(tx, actor, rule.permission, { reportId: options.reportId })
    : await loadScopedReportStatus(tx, actor, rule.permission, { reportId: options.reportId });
  const revision = report.currentRevision;
  const revisionPackage = "package" in revision ? revision.package : null;
  const from = revision.status as TReportStatus;
  if (!canTransition(from, options.transition)) {
    throw new AppError("INVALID_TRANSITION", { message: transitionRefusal(from, options.transition) });
  }
  if (revision.version !== options.version) throw new AppError("STALE_VERSION", { message: STALE });
  // Review follows the tree (lib/rules/department.ts): a department report is decided from above.
  if (!mayDecide(actor, report.kind, await reviewReach(tx, actor, report.unitId), options.transition)) {
    throw new AppError("FORBIDDEN", { message: DEPARTMENT_DECISION_REFUSAL });
  }
  const at = options.at ?? new Date();
  const userId = recordedUserId(actor);
  const base = { unitCode: report.unit.code, year: report.year };
  const audit = (targetId: string, before: object, after: object) =>
    writeAuditLog(tx, {
      actorId: userId,
      action: rule.action,
      targetType: "Revision",
      targetId,
      unitId: report.unitId,
      year: report.year,
      reportKind: report.kind,
      before: before as never,
      after: { ...after, source: options.source ?? "workspace" } as never,
    });

  if (options.transition === "correct") {
    const pkg = storedPackage(revisionPackage);
    const next = await tx.revision.create({
      data: {
        reportId: report.id,
        number: revision.number + 1,
        package: pkg,
        status: "DRAFT",
        changeNote: options.changeNote,
        createdById: userId,
        createdAt: at,
        // The correction keeps its revision's 名词解释 and, until its first save, its consolidated units.
        glossary: revision.glossary ?? undefined,
        consolidatedUnits: revision.consolidatedUnits ?? undefined,
      },
    });
    // Only if the report still points at the revision the caller saw (a second correction loses).
    const moved = await tx.report.updateMany({
      where: { id: report.id, currentRevisionId: revision.id },
      data: { currentRevisionId: next.id, status: "DRAFT" },
    });
    if (moved.count !== 1) throw new AppError("STALE_VERSION", { message: STALE });
    await saveRevisionRows(tx, next.id, pkg);
    // The attachments go on with the draft until the clerk replaces them.
    await copyAttachments(tx, revision.id, next.id);
    await writeRevisionSummary(tx, next.id, { package: pkg });
    await audit(next.id, { revision: revision.number, status: from }, { revision: next.number, status: "DRAFT", changeNote: options.changeNote });
    return { ...base, status: "DRAFT", revisionId: next.id, revisionNumber: next.number, version: next.version };
  }

  // The submit's checks also give the summary row its counts (not run a second time).
  let counts: { blockingErrors: number; warnings: number } | undefined;
  if (options.transition === "submit") {
    if (report.kind === "DEPARTMENT") await assertDepartmentReady(tx, report, storedPackage(revisionPackage), revision.consolidatedUnits);
    const previous = await previousPublishedPackage(tx, report.unitId, report.year, report.kind);
    const codes = await codeSetFor(tx, report.year);
    const results = checkDraft(storedPackage(revisionPackage), previous, codes, report.kind);
    const errors = blockingCount(results);
    counts = { blockingErrors: errors, warnings: results.length - errors };
    if (errors > 0) {
      // Say why: the first messages go with the refusal (an all-zero report is told R10's reason).
      const messages = results
        .filter((r) => r.severity === "error")
        .slice(0, 20)
        .map((r) => r.message);
      throw new AppError("BLOCKING_ERRORS", { message: `仍有 ${errors} 个阻止提交的错误，请先修正后再提交：${messages[0]}`, details: { errors, messages } });
    }
  }

  const stamp = {
    submit: { submittedAt: at, submittedById: userId },
    // No longer submitted: it leaves the queue and its deadline counts as not yet submitted.
    withdraw: { submittedAt: null, submittedById: null },
    // What the reviewer saw when returning it: the next review shows what changed since.
    return: options.transition === "return" ? { returnedAt: at, returnedById: userId, returnedPackage: revisionPackage ?? undefined } : {},
    approve: { approvedAt: at, approvedById: userId },
    publish: { publishedAt: at, publishedById: userId },
  }[options.transition];
  // The version and status guards are in the UPDATE itself: two concurrent decisions cannot both pass.
  const updated = await tx.revision.updateMany({
    where: { id: revision.id, version: options.version, status: from },
    data: { status: rule.to, version: { increment: 1 }, ...stamp },
  });
  if (updated.count !== 1) throw new AppError("STALE_VERSION", { message: STALE });
  await tx.report.update({
    where: { id: report.id },
    data: { status: rule.to, ...(options.transition === "publish" ? { publishedRevisionId: revision.id, latestPublishedAt: at } : {}) },
  });

  // A decision changes the status alone; submit also brings the counts of the checks it just ran.
  await writeRevisionSummaryStatus(tx, revision.id, counts);
  const after: Record<string, unknown> = { status: rule.to, version: options.version + 1, revision: revision.number };
  if (options.transition === "return") {
    after.comment = options.comment;
    if (userId) await tx.comment.create({ data: { revisionId: revision.id, authorId: userId, section: "report", body: options.comment, createdAt: at } });
  }
  if (options.transition === "publish") {
    // Who confirmed the two attestations, and when: the publisher, at the moment of publication.
    const confirmed = { by: actor.displayName, at: at.toISOString() };
    after.attestations = { secrecyReviewed: confirmed, headApproved: confirmed };
  }
  await audit(revision.id, { status: from, version: options.version }, after);
  return { ...base, status: rule.to, revisionId: revision.id, revisionNumber: revision.number, version: options.version + 1 };
}

/**
 * A department report is submitted only when every subordinate's 单位决算 is approved, its internal
 * transfers cancel out (no D1/D2), and its figures are the consolidation of now (a subordinate's
 * report changed since the clerk last opened the page: refresh first).
 */
async function assertDepartmentReady(
  tx: DbTransaction,
  report: { unit: { id: string; code: string; name: string }; year: number },
  stored: TPackage,
  storedUnits: unknown,
) {
  const { pending, consolidation, members } = await consolidateDepartment(tx, report.unit, report.year, stored);
  const refusal = departmentSubmitRefusal({
    pending: pending.map((m) => m.unit.name),
    transferErrors: consolidation ? consolidation.errors.map((e) => e.message) : ["本级单位决算不存在"],
  });
  if (refusal) throw new AppError("BLOCKING_ERRORS", { message: refusal });
  // The units list is compared too: it is what the public 决算单位构成 shows once published.
  if (
    consolidation &&
    (diffPackages(stored, consolidation.package).length > 0 || !sameUnits(storedConsolidatedUnits(storedUnits), consolidatedUnits(members)))
  ) {
    throw new AppError("STALE_VERSION", { message: "下属单位的数据已变化：请刷新部门汇总后再提交" });
  }
}

const STALE = "操作失败：该报告已被他人（或另一个窗口）处理，请刷新页面后重试";
