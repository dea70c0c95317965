import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/http/authed-route";
import { AppError } from "@/lib/server/errors";
import { readLimitedForm } from "@/lib/server/http/read-limited-body";
import { deleteAttachment } from "@/lib/server/attachments/delete-attachment";
import { uploadAttachment } from "@/lib/server/attachments/upload-attachment";
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MESSAGES, attachmentKindOf } from "@/lib/public/attachments";
import { ZReportId } from "@/lib/workspace/schemas";

/**
 * POST multipart (reportId, kind, file) attaches a PDF to the current draft revision; with
 * `intent=delete` (and no file) it removes the kind's attachment. A route, not a server action:
 * actions cap bodies at 1 MB. The body is refused beyond 20 MB plus the envelope, by its
 * Content-Length before reading and while streaming; role, scope and state are the data layer's.
 */
export const POST = authedRoute<{ unitCode: string; year: string }>(async (request, { actor }) => {
  const form = await readLimitedForm(request, ATTACHMENT_MAX_BYTES + 64 * 1024).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "FILE_TOO_LARGE") throw new AppError("FILE_TOO_LARGE", { message: ATTACHMENT_MESSAGES.tooLarge });
    throw error;
  });
  const reportId = ZReportId.safeParse(form?.get("reportId"));
  if (!reportId.success) throw new AppError("NOT_FOUND");
  const kind = attachmentKindOf(form?.get("kind"));
  if (!kind) throw new AppError("INVALID_INPUT", { message: ATTACHMENT_MESSAGES.wrongKind });
  if (form?.get("intent") === "delete") {
    await deleteAttachment({ actor, reportId: reportId.data, kind });
    return NextResponse.json({ ok: true });
  }
  const file = form?.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", { message: ATTACHMENT_MESSAGES.noFile });
  const saved = await uploadAttachment({ actor, reportId: reportId.data, kind, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
  return NextResponse.json({ ok: true, attachment: { ...saved, uploadedAt: saved.uploadedAt.toISOString() } });
});
