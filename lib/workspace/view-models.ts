/**
 * What the workspace's data functions (lib/server) return and its components render. Types only,
 * so browser code may import them without reaching lib/server.
 */
import type { TReportStatus } from "./report-status";
import type { ReviewReach } from "@/lib/rules/department";

/** Where one report of the dashboard stands. */
export interface WorkspaceReportState {
  /** NONE: no report yet for this unit and year (未开始). */
  status: TReportStatus | "NONE";
  /** From the current revision's summary; null when there is none or it is published. */
  blockingErrors: number | null;
  warnings: number | null;
  lastChange: Date | null;
}

/** A row of the dashboard: one unit in scope and one fiscal year, its 单位决算 (the row's own state). */
export interface WorkspaceReportRow extends WorkspaceReportState {
  unitCode: string;
  unitName: string;
  year: number;
  /** Whether last year has a report to copy from. */
  hasPrevious: boolean;
  /**
   * A unit with subordinates: its department report (部门决算) of the year, with where the actor's
   * scope reaches relative to the unit (a department report is decided only from above it);
   * null for a unit without.
   */
  department: (WorkspaceReportState & { reach: ReviewReach }) | null;
}

/** A report waiting in the reviewer's queue. */
export interface ReviewQueueRow {
  /** UNIT: a unit's 单位决算; DEPARTMENT: a department report (部门决算). */
  kind: "UNIT" | "DEPARTMENT";
  unitCode: string;
  unitName: string;
  year: number;
  status: TReportStatus;
  revisionNumber: number;
  submittedAt: Date | null;
  submittedBy: string | null;
  blockingErrors: number;
  warnings: number;
  /** Days from today to the year's publication deadline; negative when overdue. */
  daysLeft: number;
}

export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A remark on a part or a field of a revision. */
export interface ReviewComment {
  id: string;
  section: string;
  fieldPath: string | null;
  body: string;
  author: string;
  createdAt: Date;
  resolved: boolean;
  resolvedAt: Date | null;
  resolvedBy: string | null;
}

/** One audit entry as the viewer and the inbox show it. */
export interface AuditEntryView {
  id: string;
  action: string;
  actor: string;
  unitCode: string | null;
  unitName: string | null;
  year: number | null;
  /** Which of the unit's reports of the year the entry concerns (its page differs by kind); null for no report. */
  kind: "UNIT" | "DEPARTMENT" | null;
  createdAt: Date;
  /** The entry's recorded details (no package bodies): comment, change note, attestations, source… */
  details: Record<string, unknown>;
}
