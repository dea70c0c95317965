/** The statuses of a report and how the workspace names them: shared by server and browser code. */
export type TReportStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | "PUBLISHED";

/** Dashboard labels. 未开始 is a unit-year with no report yet. */
export const STATUS_LABELS: Record<TReportStatus | "NONE", string> = {
  NONE: "未开始",
  DRAFT: "草稿",
  SUBMITTED: "已提交",
  RETURNED: "已退回",
  APPROVED: "已通过",
  PUBLISHED: "已公开",
};

/**
 * The sentence above a read-only draft: what state it is in and what can happen next, worded
 * per status (never "已" + a label that already starts with 已).
 */
export function readOnlyNotice(status: TReportStatus): string {
  switch (status) {
    case "SUBMITTED":
      return "该报告已提交审核，当前为只读；审核人作出决定之前可以撤回，退回后也可以再修改。";
    case "APPROVED":
      return "该报告已审核通过，等待发布，当前为只读。";
    case "PUBLISHED":
      return "该报告已公开，公开的内容不能再修改。";
    default:
      // A draft is read-only only to someone who may not edit it (a reviewer).
      return `该报告为${STATUS_LABELS[status]}，您只能查看，不能修改。`;
  }
}
