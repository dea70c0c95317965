import "@/lib/server/server-only";
import { AppError } from "@/lib/server/errors";
import { attachment } from "@/lib/public/attachment";
import { attachmentKindOfSlug } from "@/lib/public/attachments";
import type { TReportKind } from "@/lib/rules/department";
import { getPublishedAttachment } from "./get-published-attachment";

/**
 * GET …/attachments/{stamped|self-evaluation}[?revision=n] of a unit report or a department report:
 * a published revision's PDF attachment as stored (frozen with its revision). Sent as a download
 * with its file name, never sniffed.
 */
export async function publishedAttachmentResponse(request: Request, params: { unitCode: string; year: string; kind: string }, reportKind: TReportKind): Promise<Response> {
  const kind = attachmentKindOfSlug(params.kind);
  if (!kind) throw new AppError("NOT_FOUND", { message: "附件类型无效：应为 stamped（盖章版）或 self-evaluation（绩效自评表）" });
  const { attachment: row } = await getPublishedAttachment({ unitCode: params.unitCode, year: params.year, request, attachment: kind, reportKind });
  return new Response(new Uint8Array(row.content), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(row.fileName),
      "X-Content-Type-Options": "nosniff",
      // A published revision's attachment never changes: its hash is its tag.
      ETag: `"${row.sha256}"`,
    },
  });
}
