import "@/lib/server/server-only";
import { createHash } from "node:crypto";
import { recordedUserId, type Actor } from "@/lib/rules/actor";
import { canEdit, type TReportStatus } from "@/lib/rules/status-machine";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadScopedReportStatus } from "@/lib/server/reports/load-scoped-report";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MESSAGES,
  checkPdfStructure,
  cleanFileName,
  type AttachmentInfo,
  type TAttachmentKind,
} from "@/lib/public/attachments";
import { lockEditableRevision } from "./lock-editable-revision";

export interface UploadAttachmentOptions {
  actor: Actor;
  reportId: string;
  kind: TAttachmentKind;
  file: { name: string; bytes: Uint8Array };
}

/**
 * Attaches a PDF to the report's current revision (replacing the one of the same kind). In order:
 * scope (an outsider learns nothing), an editable state, the size, the content (checkPdfStructure:
 * the name and the browser's type are never trusted). Any refusal writes
 * nothing; the row and its audit entry are written in one transaction.
 */
export async function uploadAttachment(options: UploadAttachmentOptions): Promise<AttachmentInfo> {
  const { actor, kind, file } = options;
  const report = await loadScopedReportStatus(db(), actor, "report.edit", { reportId: options.reportId });
  if (!canEdit(actor, report.currentRevision.status as TReportStatus)) throw new AppError("READ_ONLY", { message: ATTACHMENT_MESSAGES.readOnly });
  if (file.bytes.byteLength > ATTACHMENT_MAX_BYTES) throw new AppError("FILE_TOO_LARGE", { message: ATTACHMENT_MESSAGES.tooLarge });
  if (file.bytes.byteLength === 0) throw new AppError("INVALID_INPUT", { message: ATTACHMENT_MESSAGES.empty });
  const structure = checkPdfStructure(file.bytes);
  if (structure !== "ok")
    throw new AppError("UNSUPPORTED_FILE", { message: structure === "not-pdf" ? ATTACHMENT_MESSAGES.notPdf : ATTACHMENT_MESSAGES.damaged });

  const info = {
    kind,
    fileName: cleanFileName(file.name, kind),
    byteSize: file.bytes.byteLength,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
  };
  const userId = recordedUserId(actor);
  return db().$transaction(
    async (tx) => {
      // The revision may have been submitted since it was read: locked from here to the commit.
      const revisionId = await lockEditableRevision(tx, actor, report.id, report.currentRevision.id);
      const replaced = await tx.revisionAttachment.findUnique({ where: { revisionId_kind: { revisionId, kind } }, select: { fileName: true, sha256: true } });
      // deleteMany: delete() would read the old row back, content and all.
      if (replaced) await tx.revisionAttachment.deleteMany({ where: { revisionId, kind } });
      // One INSERT that returns only the time: create() would read 20 MB back.
      const [row] = await tx.$queryRaw<{ uploaded_at: Date }[]>`
      INSERT INTO revision_attachments (revision_id, kind, file_name, byte_size, sha256, content, uploaded_by_id)
      VALUES (${revisionId}::uuid, ${kind}::attachment_kind, ${info.fileName}, ${info.byteSize}, ${info.sha256},
              ${new Uint8Array(file.bytes)}, ${userId}::uuid)
      RETURNING uploaded_at`;
      await writeAuditLog(tx, {
        actorId: userId,
        action: "attachment.upload",
        targetType: "Revision",
        targetId: revisionId,
        unitId: report.unitId,
        year: report.year,
        reportKind: report.kind,
        before: replaced ? { kind, fileName: replaced.fileName, sha256: replaced.sha256 } : null,
        after: { ...info },
      });
      return { ...info, uploadedAt: row!.uploaded_at };
      // Prisma's default 5 s is too short for 20 MB on a busy server (a loaded test machine hit it):
      // the row is written in one statement, so a longer limit holds the lock no longer than needed.
    },
    { timeout: 60_000 },
  );
}
