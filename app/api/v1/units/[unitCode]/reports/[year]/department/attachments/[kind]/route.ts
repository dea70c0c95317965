import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { publishedAttachmentResponse } from "@/lib/server/public/published-attachment-response";

export const runtime = "nodejs";

/** GET …/department/attachments/{stamped|self-evaluation}[?revision=n]: a published revision's PDF attachment (the department report's). */
export const GET = publicApi<{ unitCode: string; year: string; kind: string }>((request, params) => publishedAttachmentResponse(request, params, "DEPARTMENT"));

export const OPTIONS = publicApiOptions;
