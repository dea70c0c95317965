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
