import "@/lib/server/server-only";
import { recordedUserId, type Actor } from "@/lib/rules/actor";
import { canAnswerComment } from "@/lib/rules/comments";
import { reportWhereFor } from "@/lib/server/auth/scope";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { TReportStatus } from "@/lib/workspace/report-status";

export interface ResolveCommentOptions {
  actor: Actor;
  commentId: string;
}

/** The clerk marks a remark on their current revision answered (已答复); once, audited. */
export async function resolveComment(options: ResolveCommentOptions): Promise<{ resolvedAt: Date }> {
  const { actor } = options;
  const userId = recordedUserId(actor);
  return db().$transaction(async (tx) => {
    // Scope in the query: the remark's report must be one the actor may answer on.
    const comment = await tx.comment.findFirst({
      where: { id: options.commentId, revision: { currentOfReport: reportWhereFor(actor, "comment.answer") } },
      include: { revision: { select: { status: true, number: true, report: { select: { unitId: true, year: true, kind: true } } } } },
    });
    if (!comment) throw new AppError("NOT_FOUND");
    if (!canAnswerComment(actor, comment.revision.status as TReportStatus)) throw new AppError("READ_ONLY");
    if (comment.resolved) return { resolvedAt: comment.resolvedAt ?? new Date() };
    const resolvedAt = new Date();
    const updated = await tx.comment.updateMany({ where: { id: comment.id, resolved: false }, data: { resolved: true, resolvedAt, resolvedById: userId } });
    if (updated.count === 1) {
      await writeAuditLog(tx, {
        actorId: userId,
        action: "comment.resolve",
        targetType: "Comment",
        targetId: comment.id,
        unitId: comment.revision.report.unitId,
        year: comment.revision.report.year,
        reportKind: comment.revision.report.kind,
        after: { revision: comment.revision.number },
      });
    }
    return { resolvedAt };
  });
}
