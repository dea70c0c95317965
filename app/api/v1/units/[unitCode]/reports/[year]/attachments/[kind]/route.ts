import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { publishedAttachmentResponse } from "@/lib/server/public/published-attachment-response";

export const runtime = "nodejs";

/** GET …/attachments/{stamped|self-evaluation}[?revision=n]: a published revision's PDF attachment (the unit report's). */
export const GET = publicApi<{ unitCode: string; year: string; kind: string }>((request, params) => publishedAttachmentResponse(request, params, "UNIT"));

export const OPTIONS = publicApiOptions;
