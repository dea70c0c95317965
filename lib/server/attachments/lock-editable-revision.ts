import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { canEdit, type TReportStatus } from "@/lib/rules/status-machine";
import type { DbTransaction } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ATTACHMENT_MESSAGES } from "@/lib/public/attachments";

/**
 * Locks the report's current revision (FOR UPDATE) and checks it is still the one read and still
 * editable. A submit or publish waits for this transaction, or this one sees its result: an
 * attachment never lands on a revision that has left the draft state.
 */
export async function lockEditableRevision(tx: DbTransaction, actor: Actor, reportId: string, revisionId: string): Promise<string> {
  const rows = await tx.$queryRaw<{ status: TReportStatus; current: string | null }[]>`
    SELECT v.status::text AS status, r.current_revision_id::text AS current
      FROM revisions v JOIN reports r ON r.id = v.report_id
     WHERE v.id = ${revisionId}::uuid AND r.id = ${reportId}::uuid
       FOR UPDATE OF v`;
  const row = rows[0];
  if (!row || row.current !== revisionId || !canEdit(actor, row.status)) throw new AppError("READ_ONLY", { message: ATTACHMENT_MESSAGES.readOnly });
  return revisionId;
}
