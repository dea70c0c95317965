import "@/lib/server/server-only";
import type { DbClient } from "@/lib/server/db";
import { ATTACHMENT_KINDS, type AttachmentInfo } from "@/lib/public/attachments";

const INFO = { kind: true, fileName: true, byteSize: true, sha256: true, uploadedAt: true } as const;

/**
 * A revision's attachments without their content, in the order of ATTACHMENT_KINDS. Callers have
 * already resolved the revision through a scoped query (workspace) or as published (public).
 */
export async function listRevisionAttachments(client: DbClient, revisionId: string): Promise<AttachmentInfo[]> {
  const rows = await client.revisionAttachment.findMany({ where: { revisionId }, select: INFO });
  return ATTACHMENT_KINDS.flatMap((kind) => rows.filter((r) => r.kind === kind));
}

/** One attachment with its content, or null. */
export async function readRevisionAttachment(client: DbClient, revisionId: string, kind: AttachmentInfo["kind"]) {
  return client.revisionAttachment.findUnique({ where: { revisionId_kind: { revisionId, kind } }, select: { ...INFO, content: true } });
}
