import { authedRoute } from "@/lib/server/http/authed-route";
import { workspaceAttachmentResponse } from "@/lib/server/attachments/workspace-attachment-response";

/** GET: the department report's current revision's attachment, for the clerk, the reviewer and the admin in scope (any state). */
export const GET = authedRoute<{ unitCode: string; year: string; kind: string }>((_request, { actor, params }) =>
  workspaceAttachmentResponse(actor, params, "DEPARTMENT"),
);
