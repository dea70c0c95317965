/**
 * The life of a report, in one place (docs/DISCLOSURE.md):
 * DRAFT → SUBMITTED → APPROVED → PUBLISHED, SUBMITTED → RETURNED → SUBMITTED, the clerk's
 * SUBMITTED → DRAFT (撤回, until the reviewer has decided), and a published revision is corrected by
 * opening revision n+1 as a DRAFT.
 * The DAL (lib/server/reports/transition-report.ts) and the pages ask this module; pure.
 */
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";
import { STATUS_LABELS, type TReportStatus } from "@/lib/workspace/report-status";

export type { TReportStatus };

export type TTransition = "submit" | "withdraw" | "return" | "approve" | "publish" | "correct";

interface TransitionRule {
  from: readonly TReportStatus[];
  /** Status of the revision afterwards (for correct: of the new revision n+1). */
  to: TReportStatus;
  permission: Permission;
  /** Audit log verb. */
  action: string;
  /** The button's name. */
  label: string;
}

export const TRANSITIONS: Record<TTransition, TransitionRule> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", permission: "report.submit", action: "report.submit", label: "提交审核" },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", permission: "report.withdraw", action: "report.withdraw", label: "撤回" },
  return: { from: ["SUBMITTED"], to: "RETURNED", permission: "report.return", action: "report.return", label: "退回" },
  approve: { from: ["SUBMITTED"], to: "APPROVED", permission: "report.approve", action: "report.approve", label: "审核通过" },
  publish: { from: ["APPROVED"], to: "PUBLISHED", permission: "report.publish", action: "report.publish", label: "发布" },
  correct: { from: ["PUBLISHED"], to: "DRAFT", permission: "report.correct", action: "report.correct", label: "发起更正" },
};

/** Statuses in which the clerk may save: a submitted draft is read-only until it is returned. */
const EDITABLE_STATUSES: readonly TReportStatus[] = ["DRAFT", "RETURNED"];

/** The statuses `canEdit` accepts, for the guard inside the UPDATE (two concurrent writes). */
export function editableStatuses(): TReportStatus[] {
  return [...EDITABLE_STATUSES];
}

/** Whether `actor` may change the content of a revision in `status` (scope is checked by the DAL). */
export function canEdit(actor: Pick<Actor, "role">, status: TReportStatus): boolean {
  return can(actor, "report.edit") && EDITABLE_STATUSES.includes(status);
}

export function canTransition(status: TReportStatus, transition: TTransition): boolean {
  return TRANSITIONS[transition].from.includes(status);
}

/** The transitions `actor` may start from `status` (role only: the DAL adds scope). */
export function availableTransitions(actor: Pick<Actor, "role">, status: TReportStatus): TTransition[] {
  return (Object.keys(TRANSITIONS) as TTransition[]).filter((t) => canTransition(status, t) && can(actor, TRANSITIONS[t].permission));
}

/** What a refused transition says, in Chinese: the status it is in and the ones it would need. */
export function transitionRefusal(status: TReportStatus, transition: TTransition): string {
  const rule = TRANSITIONS[transition];
  const needed = rule.from.map((s) => STATUS_LABELS[s]).join("或");
  return `该报告当前为“${STATUS_LABELS[status]}”，不能${rule.label}：只有${needed}的报告可以${rule.label}`;
}
