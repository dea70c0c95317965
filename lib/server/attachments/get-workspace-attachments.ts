import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadScopedReportStatus } from "@/lib/server/reports/load-scoped-report";
import type { AttachmentInfo, TAttachmentKind } from "@/lib/public/attachments";
import { listRevisionAttachments, readRevisionAttachment } from "./list-attachments";

type Key = { unitCode: string; year: number };

/** The current revision's attachments for whoever may read the report (clerk, reviewer, admin in scope). */
export async function listWorkspaceAttachments(options: { actor: Actor } & Key): Promise<AttachmentInfo[]> {
  const report = await loadScopedReportStatus(db(), options.actor, "report.read", { unitCode: options.unitCode, year: options.year });
  return listRevisionAttachments(db(), report.currentRevision.id);
}

/** One attachment of the current revision with its content; NOT_FOUND outside scope or when there is none. */
export async function getWorkspaceAttachment(options: { actor: Actor; kind: TAttachmentKind } & Key) {
  const report = await loadScopedReportStatus(db(), options.actor, "report.read", { unitCode: options.unitCode, year: options.year });
  const row = await readRevisionAttachment(db(), report.currentRevision.id, options.kind);
  if (!row) throw new AppError("NOT_FOUND", { message: "该报告当前版本没有这个附件" });
  return row;
}
