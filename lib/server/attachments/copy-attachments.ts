import "@/lib/server/server-only";
import type { DbTransaction } from "@/lib/server/db";

/**
 * A correction's new draft starts with the attachments of the revision it corrects (they stay
 * until the clerk replaces them). Copied inside the database: up to 2 × 20 MB never pass through Node.
 */
export async function copyAttachments(tx: DbTransaction, fromRevisionId: string, toRevisionId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO revision_attachments (revision_id, kind, file_name, byte_size, sha256, content, uploaded_by_id, uploaded_at)
    SELECT ${toRevisionId}::uuid, kind, file_name, byte_size, sha256, content, uploaded_by_id, uploaded_at
      FROM revision_attachments WHERE revision_id = ${fromRevisionId}::uuid`;
}
