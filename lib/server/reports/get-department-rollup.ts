import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { can } from "@/lib/rules/permissions";
import { reportTransitions } from "@/lib/rules/department";
import type { TTransition } from "@/lib/rules/status-machine";
import { reviewReach, unitScopeWhere } from "@/lib/server/auth/scope";
import { codeSetFor } from "@/lib/server/codes/load-code-sets";
import { listRevisionComments } from "@/lib/server/comments/list-revision-comments";
import { db, type DbClient } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { consolidate, type ConsolidationMember, type ConsolidationResult } from "@/lib/disclosure/consolidate";
import type { CheckResult, DisclosureTable } from "@/lib/disclosure/model";
import type { TPackage } from "@/lib/disclosure/package";
import { buildTables } from "@/lib/disclosure/tables";
import { departmentVarianceRows, type DepartmentVarianceRow } from "@/lib/workspace/department-texts";
import { checkDraft } from "@/lib/workspace/draft-checks";
import type { TReportStatus } from "@/lib/workspace/report-status";
import type { ReviewComment } from "@/lib/workspace/view-models";
import { previousPublishedPackage, storedPackage } from "./load-scoped-report";

export interface GetDepartmentRollupOptions {
  actor: Actor;
  unitCode: string;
  year: number;
}

/** A member of the department and whether its figures are in the roll-up. */
export interface DepartmentMember {
  unit: { code: string; name: string };
  /** "NONE": no report for the year yet. */
  status: TReportStatus | "NONE";
  /** The department's own accounts (本级) or a subordinate. */
  own: boolean;
  /** In the consolidation: the own report whatever its status; a subordinate once approved or published. */
  included: boolean;
}

export interface DepartmentRollup {
  unit: { code: string; name: string };
  year: number;
  members: DepartmentMember[];
  /** Subordinates still missing or not approved: the department report cannot be submitted until none is. */
  pending: DepartmentMember[];
  /** Null until the department's own report exists. */
  consolidation: ConsolidationResult | null;
  /** The checks on the consolidated package, plus the internal-transfer errors (D1, D2). */
  checks: CheckResult[];
  /** The nine tables of the consolidated package (empty until the own report exists). */
  tables: DisclosureTable[];
  /** The consolidated 公开05 lines that differ from their budgets (or carry a reason): the form asks their reasons. */
  varianceRows: DepartmentVarianceRow[];
  /** The department report (部门决算) once its clerk has built it. */
  department: DepartmentReportState | null;
}

/** The department report's current revision, as its page shows and acts on it. */
export interface DepartmentReportState {
  reportId: string;
  status: TReportStatus;
  version: number;
  revisionNumber: number;
  /** Public note of a correction (revision 2 onwards). */
  changeNote: string | null;
  /** The reviewer's remarks on this revision (a return's reason among them), oldest first. */
  comments: ReviewComment[];
  /** What the reader may do with it now: their role's transitions, decisions only from above the department. */
  transitions: TTransition[];
}

/** What a department's consolidation is built from and what it gives. */
export interface DepartmentConsolidation {
  members: DepartmentMember[];
  pending: DepartmentMember[];
  /** Null until the department's own 单位决算 exists. */
  consolidation: ConsolidationResult | null;
}

/**
 * The consolidation of `unit`'s department for `year`: its own 单位决算 (current revision) and its
 * direct active subordinates' approved (or published) ones, with the department report's `texts`
 * (default: the own report's). Read in two queries, bounded by the unit's children; no scope
 * check here (the callers have found the unit in the actor's scope). NOT_FOUND without subordinates.
 */
export async function consolidateDepartment(
  client: DbClient,
  unit: { id: string; code: string; name: string },
  year: number,
  texts: TPackage | null,
): Promise<DepartmentConsolidation> {
  const revision = { select: { package: true } } as const;
  const select = { status: true, currentRevision: revision, publishedRevision: revision } as const;
  const [own, children] = await Promise.all([
    client.report.findUnique({ where: { unitId_year_kind: { unitId: unit.id, year, kind: "UNIT" } }, select }),
    client.unit.findMany({
      where: { parentId: unit.id, active: true },
      orderBy: { code: "asc" },
      select: { code: true, name: true, reports: { where: { year, kind: "UNIT" }, select } },
    }),
  ]);
  if (children.length === 0) throw new AppError("NOT_FOUND");

  const members: DepartmentMember[] = [
    { unit: { code: unit.code, name: unit.name }, status: (own?.status as TReportStatus) ?? "NONE", own: true, included: own !== null },
  ];
  const subordinates: ConsolidationMember[] = [];
  for (const child of children) {
    const report = child.reports[0];
    const status = (report?.status as TReportStatus) ?? "NONE";
    // Approved: the current revision. Otherwise the published one, if any (a correction in
    // progress keeps the published figures in the roll-up until it is approved).
    const source = report ? (status === "APPROVED" ? report.currentRevision : report.publishedRevision) : null;
    const included = source !== null;
    members.push({ unit: { code: child.code, name: child.name }, status, own: false, included });
    if (included && source) subordinates.push({ unit: { code: child.code, name: child.name }, package: storedPackage(source.package) });
  }
  const pending = members.filter((m) => !m.own && !m.included);
  if (!own?.currentRevision) return { members, pending, consolidation: null };
  const codes = await codeSetFor(client, year);
  const consolidation = consolidate({
    parent: { unit: { code: unit.code, name: unit.name }, package: storedPackage(own.currentRevision.package) },
    subordinates,
    ...(texts ? { texts } : {}),
    codes,
  });
  // The department report's unit block is its own (written from the units table by writeDraftPackage).
  if (texts) consolidation.package.unit = { ...texts.unit };
  return { members, pending, consolidation };
}

/**
 * 部门汇总 of a unit with subordinates, for the workspace page: the consolidation with the
 * department report's texts when it exists, its checks (D1/D2 and the package's) and tables.
 * Scope is the parent unit's (out of scope = NOT_FOUND).
 */
export async function getDepartmentRollup(options: GetDepartmentRollupOptions): Promise<DepartmentRollup> {
  const { actor, year } = options;
  const client = db();
  const unit = can(actor, "report.read")
    ? await client.unit.findFirst({ where: { code: options.unitCode, ...unitScopeWhere(actor) }, select: { id: true, code: true, name: true } })
    : null;
  if (!unit) throw new AppError("NOT_FOUND");
  const report = await client.report.findUnique({
    where: { unitId_year_kind: { unitId: unit.id, year, kind: "DEPARTMENT" } },
    select: { id: true, status: true, currentRevision: { select: { id: true, package: true, version: true, number: true, changeNote: true } } },
  });
  const texts = report?.currentRevision ? storedPackage(report.currentRevision.package) : null;
  const { members, pending, consolidation } = await consolidateDepartment(client, unit, year, texts);
  const revision = report?.currentRevision;
  const department: DepartmentReportState | null =
    report && revision
      ? {
          reportId: report.id,
          status: report.status as TReportStatus,
          version: revision.version,
          revisionNumber: revision.number,
          changeNote: revision.changeNote,
          comments: await listRevisionComments(client, revision.id),
          transitions: reportTransitions(actor, "DEPARTMENT", await reviewReach(client, actor, unit.id), report.status as TReportStatus),
        }
      : null;
  if (!consolidation) return { unit, year, members, pending, consolidation: null, checks: [], tables: [], varianceRows: [], department };
  const codes = await codeSetFor(client, year);
  const previous = await previousPublishedPackage(client, unit.id, year, "DEPARTMENT");
  const checks = [...consolidation.errors, ...checkDraft(consolidation.package, previous, codes, "DEPARTMENT")];
  const varianceRows = departmentVarianceRows(consolidation.package, codes);
  return { unit, year, members, pending, consolidation, checks, tables: buildTables(consolidation.package, codes), varianceRows, department };
}
