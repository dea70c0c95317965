/**
 * Department reports (部门决算, docs/DISCLOSURE.md 部门汇总): who decides them and when they may be
 * submitted. Pure: the review page, the department page and the DAL (transition-report.ts) ask
 * these functions; the DAL computes the inputs (scope through the unit tree, the consolidation).
 */
import type { Actor } from "./actor";
import { availableTransitions, type TReportStatus, type TTransition } from "./status-machine";

export type TReportKind = "UNIT" | "DEPARTMENT";

export const REPORT_KINDS: readonly TReportKind[] = ["UNIT", "DEPARTMENT"];

export const REPORT_KIND_LABELS: Record<TReportKind, string> = { UNIT: "单位决算", DEPARTMENT: "部门决算（汇总）" };

/** After a unit's name in a list of reports: nothing for its 单位决算, 「（部门决算）」 for its department report. */
export const REPORT_KIND_SUFFIX: Record<TReportKind, string> = { UNIT: "", DEPARTMENT: "（部门决算）" };

/**
 * Where the actor's scope reaches, relative to the report's unit (computed by the DAL from the
 * actor's scope rows and the unit tree). `covers`: the unit is in scope (a scope on the unit
 * itself, or on an ancestor with its subtree). `above`: a scope on a strict ancestor of the unit,
 * with its subtree.
 */
export interface ReviewReach {
  covers: boolean;
  above: boolean;
}

/** The reviewer's decisions: these follow the tree. */
export const DECISIONS: readonly TTransition[] = ["return", "approve", "publish"];

/**
 * Review follows the tree: a unit report is decided by a reviewer whose scope covers the unit (so
 * the department's reviewer, whose scope on the parent covers its subordinates, decides theirs); a
 * department report by a reviewer whose scope is strictly above the department's unit, never by
 * the department's own reviewer. The DAL's lists (the review queue, the reviewer's inbox) filter
 * by the same reach per kind in their queries (lib/server/auth/scope.ts).
 */
export function decidingReach(kind: TReportKind): keyof ReviewReach {
  return kind === "DEPARTMENT" ? "above" : "covers";
}

/** Whether the actor may take `transition` on a report of `kind`: decisions by decidingReach, an admin any. Other transitions are not decisions. */
export function mayDecide(actor: Pick<Actor, "role">, kind: TReportKind, reach: ReviewReach, transition: TTransition): boolean {
  if (!DECISIONS.includes(transition)) return true;
  if (actor.role === "ADMIN") return true;
  return reach[decidingReach(kind)];
}

/** The transitions `actor` may start on a report of `kind` in `status`: their role's, decisions only where review follows the tree. */
export function reportTransitions(actor: Pick<Actor, "role">, kind: TReportKind, reach: ReviewReach, status: TReportStatus): TTransition[] {
  return availableTransitions(actor, status).filter((t) => mayDecide(actor, kind, reach, t));
}

export const DEPARTMENT_DECISION_REFUSAL = "部门决算须由上级单位的审核人审核：本单位的审核人不能审核、退回或发布本部门的部门决算";

export interface DepartmentReadiness {
  /** Names of subordinates whose 单位决算 is missing or not yet approved. */
  pending: readonly string[];
  /** Internal transfers that do not cancel out (D1, D2): their messages. */
  transferErrors: readonly string[];
}

/** Why a department report cannot be submitted now, in Chinese; null when it can. */
export function departmentSubmitRefusal(readiness: DepartmentReadiness): string | null {
  if (readiness.pending.length > 0) {
    return `还有 ${readiness.pending.length} 个下属单位的单位决算未审核通过（${readiness.pending.join("、")}），全部审核通过后才能提交部门决算`;
  }
  if (readiness.transferErrors.length > 0) {
    return `内部往来对不上，不能提交部门决算：${readiness.transferErrors[0]}`;
  }
  return null;
}
