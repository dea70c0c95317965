import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { unitScopeSql } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { capPage, offsetOf, pageInfo, type Page, type PageInfo } from "@/lib/public/paging";
import type { TReportStatus } from "@/lib/rules/status-machine";
import type { WorkspaceReportRow } from "@/lib/workspace/view-models";

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
  /** Reports in scope by status, for the whole scope (not only this page), counted in SQL. */
  counts: Partial<Record<TReportStatus, number>>;
}

export const WORKSPACE_PAGE_SIZE = 20;

/**
 * The dashboard: one page of the units in scope × the open fiscal years (newest first), each
 * report's status and its blocking errors and warnings from the revision summary (never by
 * parsing packages), and the counts by status over the whole scope.
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
    client.fiscalYear.findMany({ orderBy: { year: "desc" }, select: { year: true } }),
    client.$queryRaw<{ status: TReportStatus; count: number }[]>`SELECT r.status::text AS status, count(*)::int AS count FROM reports r
      WHERE ${unitScopeSql(actor, Prisma.sql`r.unit_id`)} GROUP BY r.status`,
  ]);
  const years = fiscalYears.map((y) => y.year).filter((y) => options.year === undefined || y === options.year);
  const reports = units.length
    ? await client.report.findMany({
        where: { unitId: { in: units.map((u) => u.id) }, kind: "UNIT" },
        select: { unitId: true, year: true, currentRevision: { select: { status: true, updatedAt: true, summary: { select: { blockingErrors: true, warnings: true } } } } },
      })
    : [];
  const byKey = new Map(reports.map((r) => [`${r.unitId}/${r.year}`, r]));
  const rows = units.flatMap((unit) =>
    years.map((year): WorkspaceReportRow => {
      const revision = byKey.get(`${unit.id}/${year}`)?.currentRevision;
      // Only unpublished drafts have errors worth showing; a published revision passed them.
      const open = revision && revision.status !== "PUBLISHED" ? revision.summary : null;
      return {
        unitCode: unit.code,
        unitName: unit.name,
        year,
        status: revision ? (revision.status as TReportStatus) : "NONE",
        blockingErrors: open?.blockingErrors ?? null,
        warnings: open?.warnings ?? null,
        lastChange: revision?.updatedAt ?? null,
        hasPrevious: byKey.has(`${unit.id}/${year - 1}`),
      };
    }),
  );
  const counts = Object.fromEntries(grouped.map((g) => [g.status, g.count])) as Partial<Record<TReportStatus, number>>;
  return { rows, info: pageInfo(total, page), years: fiscalYears.map((y) => y.year), counts };
}
