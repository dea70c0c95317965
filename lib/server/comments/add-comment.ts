import "@/lib/server/server-only";
import { recordedUserId, type Actor } from "@/lib/rules/actor";
import { canComment } from "@/lib/rules/comments";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadScopedReport } from "@/lib/server/reports/load-scoped-report";
import { findPart, partForPath } from "@/lib/workspace/parts";
import type { TAddComment } from "@/lib/workspace/review-schemas";
import type { TReportStatus } from "@/lib/workspace/report-status";

export type AddCommentOptions = TAddComment & { actor: Actor };

/**
 * A reviewer's remark on a part of the report under review, or on one field of it (the clerk sees
 * it beside that field). Only while the report is with the reviewer (submitted or approved).
 */
export async function addComment(options: AddCommentOptions): Promise<{ id: string }> {
  const { actor } = options;
  const authorId = recordedUserId(actor);
  if (!authorId) throw new AppError("FORBIDDEN");
  const section = options.fieldPath ? partForPath(options.fieldPath) : options.section;
  if (section !== "report" && !findPart(section)) throw new AppError("INVALID_INPUT", { message: "批注的部分无效" });
  return db().$transaction(async (tx) => {
    const report = await loadScopedReport(tx, actor, "report.comment", { reportId: options.reportId });
    const revision = report.currentRevision;
    if (!canComment(revision.status as TReportStatus)) {
      throw new AppError("INVALID_TRANSITION", { message: "只能对待审核或已通过的报告批注" });
    }
    const comment = await tx.comment.create({
      data: { revisionId: revision.id, authorId, section, fieldPath: options.fieldPath ?? null, body: options.body },
    });
    await writeAuditLog(tx, {
      actorId: authorId,
      action: "comment.add",
      targetType: "Comment",
      targetId: comment.id,
      unitId: report.unitId,
      year: report.year,
      reportKind: report.kind,
      after: { revision: revision.number, section, fieldPath: options.fieldPath ?? null, body: options.body },
    });
    return { id: comment.id };
  });
}
