import "@/lib/server/server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { codeSetFor } from "@/lib/server/codes/load-code-sets";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { blockingCount, checkDraft } from "@/lib/workspace/draft-checks";
import { writeRevisionSummary } from "./write-revision-summary";
import { loadScopedReport, previousPublishedPackage, storedPackage } from "./load-scoped-report";
import { canTransition, TRANSITIONS, type TReportStatus } from "./status-machine";

export interface SubmitRevisionOptions {
  actor: Actor;
  reportId: string;
  /** The version the clerk reviewed: submitting something else than what they saw is refused. */
  version: number;
}

/** DRAFT/RETURNED → SUBMITTED, only with zero blocking errors. The draft is then read-only. */
export async function submitRevision(options: SubmitRevisionOptions): Promise<{ status: TReportStatus }> {
  const { actor } = options;
  const rule = TRANSITIONS.submit;
  return db().$transaction(async (tx) => {
    const report = await loadScopedReport(tx, actor, rule.permission, { reportId: options.reportId });
    const revision = report.currentRevision;
    const from = revision.status as TReportStatus;
    if (!canTransition(from, "submit")) throw new AppError("INVALID_TRANSITION");
    if (revision.version !== options.version) throw new AppError("STALE_VERSION");
    const previous = await previousPublishedPackage(tx, report.unitId, report.year);
    const codes = await codeSetFor(tx, report.year);
    const results = checkDraft(storedPackage(revision.package), previous, codes);
    const errors = blockingCount(results);
    if (errors > 0) {
      // Say why: the first messages go with the refusal (an all-zero report is told R10's reason).
      const messages = results.filter((r) => r.severity === "error").slice(0, 20).map((r) => r.message);
      throw new AppError("BLOCKING_ERRORS", { message: `仍有 ${errors} 个阻止提交的错误，请先修正后再提交：${messages[0]}`, details: { errors, messages } });
    }
    const now = new Date();
    const updated = await tx.revision.updateMany({
      where: { id: revision.id, version: options.version, status: from },
      data: { status: rule.to, submittedAt: now, submittedById: actor.id, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("STALE_VERSION");
    await tx.report.update({ where: { id: report.id }, data: { status: rule.to } });
    await writeRevisionSummary(tx, revision.id);
    await writeAuditLog(tx, {
      actorId: actor.id, action: rule.action, targetType: "Revision", targetId: revision.id,
      before: { status: from, version: options.version }, after: { status: rule.to, version: options.version + 1 },
    });
    return { status: rule.to };
  });
}
