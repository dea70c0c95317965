import { authedRoute } from "@/lib/server/http/authed-route";
import { AppError } from "@/lib/server/errors";
import { getWorkspaceAttachment } from "@/lib/server/attachments/get-workspace-attachments";
import { attachment } from "@/lib/public/attachment";
import { attachmentKindOfSlug } from "@/lib/public/attachments";
import { ZYear } from "@/lib/workspace/schemas";

/** GET: the current revision's attachment, for the clerk, the reviewer and the admin in scope (any state). */
export const GET = authedRoute<{ unitCode: string; year: string; kind: string }>(async (_request, { actor, params }) => {
  const kind = attachmentKindOfSlug(params.kind);
  const year = ZYear.safeParse(params.year);
  if (!kind || !year.success) throw new AppError("NOT_FOUND");
  const row = await getWorkspaceAttachment({ actor, unitCode: decodeURIComponent(params.unitCode), year: year.data, kind });
  return new Response(new Uint8Array(row.content), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(row.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
