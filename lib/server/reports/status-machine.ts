/**
 * The life of a report, in one place (docs/DISCLOSURE.md):
 * DRAFT → SUBMITTED → APPROVED → PUBLISHED, SUBMITTED → RETURNED → SUBMITTED.
 * The DAL asks this module whether a transition is allowed; reviewer actions slot in here.
 * Pure: no database, importable anywhere.
 */
import type { Permission } from "@/lib/server/auth/permissions";
import type { TReportStatus } from "@/lib/workspace/report-status";

export type { TReportStatus };

export type TTransition = "submit" | "return" | "approve" | "publish";

interface TransitionRule {
  from: readonly TReportStatus[];
  to: TReportStatus;
  permission: Permission;
  /** Audit log verb. */
  action: string;
}

export const TRANSITIONS: Record<TTransition, TransitionRule> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", permission: "report.submit", action: "report.submit" },
  return: { from: ["SUBMITTED"], to: "RETURNED", permission: "report.return", action: "report.return" },
  approve: { from: ["SUBMITTED"], to: "APPROVED", permission: "report.approve", action: "report.approve" },
  publish: { from: ["APPROVED"], to: "PUBLISHED", permission: "report.publish", action: "report.publish" },
};

/** Statuses in which the clerk may save: a submitted draft is read-only until it is returned. */
export const EDITABLE_STATUSES: readonly TReportStatus[] = ["DRAFT", "RETURNED"];

export function isEditable(status: TReportStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

export function canTransition(status: TReportStatus, transition: TTransition): boolean {
  return TRANSITIONS[transition].from.includes(status);
}

