/**
 * What each role's inbox shows: the clerk hears about decisions on their reports, the reviewer
 * about new submissions. Pure; the DAL (lib/server/inbox) filters the audit log with it.
 */
import type { TRole } from "./actor";

const INBOX_ACTIONS: Record<TRole, readonly string[]> = {
  CLERK: ["report.return", "report.approve", "report.publish"],
  // A withdrawn submission leaves the queue: the reviewer hears of it as of the submission.
  REVIEWER: ["report.submit", "report.withdraw"],
  ADMIN: ["report.submit", "report.withdraw"],
};

export function inboxActions(role: TRole): string[] {
  return [...INBOX_ACTIONS[role]];
}

/** The header's badge: exact up to 99. */
export function inboxBadge(count: number): string {
  return count > 99 ? "99+" : String(count);
}
