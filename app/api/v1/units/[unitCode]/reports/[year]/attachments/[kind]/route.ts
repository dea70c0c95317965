import { AppError } from "@/lib/server/errors";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { getPublishedAttachment } from "@/lib/server/public/get-published-attachment";
import { attachment } from "@/lib/public/attachment";
import { attachmentKindOfSlug } from "@/lib/public/attachments";

export const runtime = "nodejs";

/**
 * GET …/attachments/{stamped|self-evaluation}[?revision=n]: a published revision's PDF attachment
 * as stored (frozen with its revision). Sent as a download with its file name, never sniffed.
 */
export const GET = publicApi<{ unitCode: string; year: string; kind: string }>(async (request, { unitCode, year, kind: slug }) => {
  const kind = attachmentKindOfSlug(slug);
  if (!kind) throw new AppError("NOT_FOUND", { message: "附件类型无效：应为 stamped（盖章版）或 self-evaluation（绩效自评表）" });
  const found = await getPublishedAttachment({ unitCode, year, request, kind });
  const { attachment: row } = found;
  return new Response(new Uint8Array(row.content), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(row.fileName),
      "X-Content-Type-Options": "nosniff",
      // A published revision's attachment never changes: its hash is its tag.
      ETag: `"${row.sha256}"`,
    },
  });
});

export const OPTIONS = publicApiOptions;
