import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadScopedReportStatus } from "@/lib/server/reports/load-scoped-report";
import type { AttachmentInfo, TAttachmentKind } from "@/lib/public/attachments";
import type { TReportKind } from "@/lib/rules/department";
import { listRevisionAttachments, readRevisionAttachment } from "./list-attachments";

/** A report by unit and year; `kind` DEPARTMENT for the department report (default the unit's own). */
type Key = { unitCode: string; year: number; kind?: TReportKind };

/** The current revision's attachments for whoever may read the report (clerk, reviewer, admin in scope). */
export async function listWorkspaceAttachments(options: { actor: Actor } & Key): Promise<AttachmentInfo[]> {
  const report = await loadScopedReportStatus(db(), options.actor, "report.read", { unitCode: options.unitCode, year: options.year, kind: options.kind });
  return listRevisionAttachments(db(), report.currentRevision.id);
}

/** One attachment of the current revision with its content; NOT_FOUND outside scope or when there is none. */
export async function getWorkspaceAttachment(options: { actor: Actor; attachment: TAttachmentKind } & Key) {
  const report = await loadScopedReportStatus(db(), options.actor, "report.read", { unitCode: options.unitCode, year: options.year, kind: options.kind });
  const row = await readRevisionAttachment(db(), report.currentRevision.id, options.attachment);
  if (!row) throw new AppError("NOT_FOUND", { message: "该报告当前版本没有这个附件" });
  return row;
}
