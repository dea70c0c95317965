/** When remarks may be written and answered. Pure: the review page and the DAL ask the same. */
import type { Actor } from "./actor";
import { canEdit } from "./status-machine";
import type { TReportStatus } from "@/lib/workspace/report-status";

/** A reviewer comments while the report is with them. */
export function canComment(status: TReportStatus): boolean {
  return status === "SUBMITTED" || status === "APPROVED";
}

/** The clerk marks a remark answered while they can change the report (after a return). */
export function canAnswerComment(actor: Pick<Actor, "role">, status: TReportStatus): boolean {
  return canEdit(actor, status);
}
