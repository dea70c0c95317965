import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import type { TReportKind } from "@/lib/rules/department";
import { AppError } from "@/lib/server/errors";
import { attachment } from "@/lib/public/attachment";
import { attachmentKindOfSlug } from "@/lib/public/attachments";
import { ZYear } from "@/lib/workspace/schemas";
import { getWorkspaceAttachment } from "./get-workspace-attachments";

/** GET of the current revision's attachment (unit or department report), for the clerk, the reviewer and the admin in scope (any state). */
export async function workspaceAttachmentResponse(
  actor: Actor,
  params: { unitCode: string; year: string; kind: string },
  reportKind: TReportKind,
): Promise<Response> {
  const kind = attachmentKindOfSlug(params.kind);
  const year = ZYear.safeParse(params.year);
  if (!kind || !year.success) throw new AppError("NOT_FOUND");
  const row = await getWorkspaceAttachment({ actor, unitCode: decodeURIComponent(params.unitCode), year: year.data, kind: reportKind, attachment: kind });
  return new Response(new Uint8Array(row.content), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(row.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
