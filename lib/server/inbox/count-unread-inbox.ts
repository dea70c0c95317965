import "@/lib/server/server-only";
import { recordedUserId, type Actor } from "@/lib/rules/actor";
import { db } from "@/lib/server/db";
import { inboxWhere } from "./inbox-where";

/** Entries since the actor last opened the inbox, for the header; counting stops at 100. */
export async function countUnreadInbox(options: { actor: Actor }): Promise<number> {
  const { actor } = options;
  const userId = recordedUserId(actor);
  if (!userId) return 0;
  const client = db();
  const user = await client.user.findUnique({ where: { id: userId }, select: { inboxSeenAt: true } });
  const where = inboxWhere(actor, user?.inboxSeenAt);
  // Bounded: the badge shows "99+" anyway, so no more than 100 rows are ever counted.
  const rows = await client.auditLog.findMany({ where, select: { id: true }, orderBy: { id: "desc" }, take: 100 });
  return rows.length;
}
