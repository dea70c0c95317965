import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { unitsReachedFromAbove, unitScopeSql } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { capPage, offsetOf, pageInfo, type Page, type PageInfo } from "@/lib/public/paging";
import type { TReportKind } from "@/lib/rules/department";
import type { TReportStatus } from "@/lib/rules/status-machine";
import type { WorkspaceReportRow, WorkspaceReportState } from "@/lib/workspace/view-models";

export type { WorkspaceReportRow };

export interface ListWorkspaceReportsOptions {
  actor: Actor;
  /** A page of units (each with its years); default the first 20. */
  page?: Page;
  /** Only this fiscal year. */
  year?: number;
}

export interface WorkspaceReports {
  rows: WorkspaceReportRow[];
  /** Paging over units in scope. */
  info: PageInfo;
  years: number[];
  /**
   * Reports in scope by kind and status, for the whole scope (not only this page) and the year
   * asked (default every year), counted in SQL: 单位决算 (UNIT) and 部门决算 (DEPARTMENT) apart.
   */
  counts: Record<TReportKind, Partial<Record<TReportStatus, number>>>;
}

export const WORKSPACE_PAGE_SIZE = 20;

/** A report of the page's units with its current revision's status and summary (null without a revision or summary). */
interface ReportStateRow {
  unitId: string;
  year: number;
  kind: TReportKind;
  status: TReportStatus | null;
  updatedAt: Date | null;
  blockingErrors: number | null;
  warnings: number | null;
}

/**
 * The dashboard: one page of the units in scope × the open fiscal years (newest first), each
 * report's status and its blocking errors and warnings from the revision summary (never by
 * parsing packages), and the counts by kind and status over the whole scope. A unit with active
 * subordinates also shows its department report (部门决算) of each year, or that none is built
 * yet, and whether the actor reaches it from above; the page's reports of both kinds, which of its
 * units have subordinates and which of those the actor reaches from above are read by the page's
 * unit ids (three queries, whatever the scope's size).
 */
export async function listWorkspaceReports(options: ListWorkspaceReportsOptions): Promise<WorkspaceReports> {
  const { actor } = options;
  const client = db();
  const page = capPage(options.page ?? { page: 1, pageSize: WORKSPACE_PAGE_SIZE });
  // Raw SQL for the three queries over the whole scope: unitScopeSql starts from the actor's scope
  // rows, where the Prisma relation filter would test each of a province's units in turn.
  const inScope = unitScopeSql(actor, Prisma.sql`u.id`);
  const [units, [{ total }], fiscalYears, grouped] = await Promise.all([
    client.$queryRaw<{ id: string; code: string; name: string }[]>`SELECT u.id, u.code, u.name FROM units u
      WHERE u.active AND ${inScope} ORDER BY u.code LIMIT ${page.pageSize} OFFSET ${offsetOf(page)}`,
    client.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM units u WHERE u.active AND ${inScope}`,
    client.$queryRaw<{ year: number }[]>`SELECT year FROM fiscal_years ORDER BY year DESC`,
    client.$queryRaw<
      { status: TReportStatus; kind: TReportKind; count: number }[]
    >`SELECT r.status::text AS status, r.kind::text AS kind, count(*)::int AS count
      FROM reports r WHERE ${unitScopeSql(actor, Prisma.sql`r.unit_id`)} ${options.year === undefined ? Prisma.empty : Prisma.sql`AND r.year = ${options.year}`}
      GROUP BY r.status, r.kind`,
  ]);
  const years = fiscalYears.map((y) => y.year).filter((y) => options.year === undefined || y === options.year);
  const ids = units.map((u) => u.id);
  const [reports, parents] = ids.length
    ? await Promise.all([
        // One join, not Prisma's nested select (a query per relation, and a query plan compiled
        // per shape on a worker's first request).
        client.$queryRaw<ReportStateRow[]>`SELECT r.unit_id AS "unitId", r.year, r.kind::text AS kind,
            v.status::text AS status, v.updated_at AS "updatedAt", s.blocking_errors AS "blockingErrors", s.warnings
          FROM reports r
          LEFT JOIN revisions v ON v.id = r.current_revision_id
          LEFT JOIN revision_summaries s ON s.revision_id = v.id
          WHERE r.unit_id = ANY(${ids}::uuid[])`,
        // Which of the page's units have an active subordinate (the department page needs one):
        // one probe of the parent index per unit on the page, never its subordinates' rows.
        client.$queryRaw<{ id: string }[]>`SELECT p.id FROM units p WHERE p.id = ANY(${ids}::uuid[])
          AND EXISTS (SELECT 1 FROM units c WHERE c.parent_id = p.id AND c.active)`,
      ])
    : [[], []];
  const byKey = new Map(reports.map((r) => [`${r.unitId}/${r.year}/${r.kind}`, r]));
  const withSubordinates = new Set(parents.map((p) => p.id));
  // Every listed unit is in scope (covers); which departments the actor reaches from above decides
  // whether the dashboard offers to review their department reports or only their comments.
  const fromAbove = await unitsReachedFromAbove(client, actor, [...withSubordinates]);
  const state = (unitId: string, year: number, kind: TReportKind): WorkspaceReportState => {
    const report = byKey.get(`${unitId}/${year}/${kind}`);
    const revision = report?.status ? report : null;
    // Only unpublished drafts have errors worth showing; a published revision passed them.
    const open = revision && revision.status !== "PUBLISHED" ? revision : null;
    return {
      status: revision?.status ?? "NONE",
      blockingErrors: open?.blockingErrors ?? null,
      warnings: open?.warnings ?? null,
      lastChange: revision?.updatedAt ?? null,
    };
  };
  const rows = units.flatMap((unit) =>
    years.map((year): WorkspaceReportRow => ({
      unitCode: unit.code,
      unitName: unit.name,
      year,
      ...state(unit.id, year, "UNIT"),
      hasPrevious: byKey.has(`${unit.id}/${year - 1}/UNIT`),
      department: withSubordinates.has(unit.id) ? { ...state(unit.id, year, "DEPARTMENT"), reach: { covers: true, above: fromAbove.has(unit.id) } } : null,
    })),
  );
  const counts: WorkspaceReports["counts"] = { UNIT: {}, DEPARTMENT: {} };
  for (const g of grouped) counts[g.kind][g.status] = g.count;
  return { rows, info: pageInfo(total, page), years: fiscalYears.map((y) => y.year), counts };
}
