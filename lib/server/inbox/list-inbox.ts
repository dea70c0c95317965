import "@/lib/server/server-only";
import { recordedUserId, type Actor } from "@/lib/rules/actor";
import { AUDIT_ENTRY_SELECT, auditEntryViews } from "@/lib/server/audit/audit-entry-view";
import { db } from "@/lib/server/db";
import type { AuditEntryView, Paged } from "@/lib/workspace/view-models";
import { inboxWhere } from "./inbox-where";

export const INBOX_PAGE_SIZE = 30;

export interface ListInboxOptions {
  actor: Actor;
  page: number;
  /** Mark everything up to now as seen (the inbox page does, after reading the previous mark). */
  markSeen?: boolean;
}

/**
 * The actor's inbox, newest first: for a clerk, returns (with the reviewer's comment), approvals
 * and publications of their units' reports; for a reviewer, new submissions of the reports they
 * decide (a department report's go to the reviewer above it). Entries newer than the
 * previous visit are flagged `unread`.
 */
export async function listInbox(options: ListInboxOptions): Promise<Paged<AuditEntryView & { unread: boolean }>> {
  const { actor } = options;
  const client = db();
  const userId = recordedUserId(actor);
  const user = userId ? await client.user.findUnique({ where: { id: userId }, select: { inboxSeenAt: true } }) : null;
  const where = inboxWhere(actor);
  const [total, rows] = await Promise.all([
    client.auditLog.count({ where }),
    client.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (options.page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: AUDIT_ENTRY_SELECT,
    }),
  ]);
  const seen = user?.inboxSeenAt ?? null;
  if (options.markSeen && userId) await client.user.update({ where: { id: userId }, data: { inboxSeenAt: new Date() } });
  const views = await auditEntryViews(client, rows);
  return {
    rows: views.map((v) => ({ ...v, unread: !seen || v.createdAt > seen })),
    total,
    page: options.page,
    pageSize: INBOX_PAGE_SIZE,
  };
}
