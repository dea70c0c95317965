import "@/lib/server/server-only";
import { recordedUserId, type Actor } from "@/lib/rules/actor";
import { canEdit, type TReportStatus } from "@/lib/rules/status-machine";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadScopedReportStatus } from "@/lib/server/reports/load-scoped-report";
import { ATTACHMENT_MESSAGES, type TAttachmentKind } from "@/lib/public/attachments";
import { lockEditableRevision } from "./lock-editable-revision";

/** Removes an attachment of the current, editable revision (scope, state, one audit entry). NOT_FOUND if there is none. */
export async function deleteAttachment(options: { actor: Actor; reportId: string; kind: TAttachmentKind }): Promise<void> {
  const { actor, kind } = options;
  const report = await loadScopedReportStatus(db(), actor, "report.edit", { reportId: options.reportId });
  if (!canEdit(actor, report.currentRevision.status as TReportStatus)) throw new AppError("READ_ONLY", { message: ATTACHMENT_MESSAGES.readOnly });
  await db().$transaction(async (tx) => {
    const revisionId = await lockEditableRevision(tx, actor, report.id, report.currentRevision.id);
    const gone = await tx.revisionAttachment.findUnique({ where: { revisionId_kind: { revisionId, kind } }, select: { fileName: true, sha256: true } });
    if (!gone) throw new AppError("NOT_FOUND", { message: "该附件不存在（可能已被删除），请刷新页面" });
    await tx.revisionAttachment.deleteMany({ where: { revisionId, kind } });
    await writeAuditLog(tx, {
      actorId: recordedUserId(actor),
      action: "attachment.delete",
      targetType: "Revision",
      targetId: revisionId,
      unitId: report.unitId,
      year: report.year,
      reportKind: report.kind,
      before: { kind, fileName: gone.fileName, sha256: gone.sha256 },
      after: null,
    });
  });
}
