import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { reportScopeWhere, unitScopeWhere } from "@/lib/server/auth/scope";
import { codeSetForYear } from "@/lib/disclosure/codes";
import { loadCodeSetsFrom } from "@/lib/server/codes/load-code-sets";
import { db } from "@/lib/server/db";
import type { TPackage } from "@/lib/disclosure/package";
import { blockingCount, checkDraft } from "@/lib/workspace/draft-checks";
import type { TReportStatus } from "@/lib/rules/status-machine";
import { storedPackage } from "./load-scoped-report";
import type { WorkspaceReportRow } from "@/lib/workspace/view-models";

export type { WorkspaceReportRow };

export interface ListWorkspaceReportsOptions {
  actor: Actor;
}


/** The dashboard: every unit in scope × every open fiscal year, newest year first. */
export async function listWorkspaceReports(options: ListWorkspaceReportsOptions): Promise<WorkspaceReportRow[]> {
  const client = db();
  const [units, years, reports, codeSets] = await Promise.all([
    client.unit.findMany({ where: { ...unitScopeWhere(options.actor), active: true }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    client.fiscalYear.findMany({ orderBy: { year: "desc" }, select: { year: true } }),
    client.report.findMany({
      where: reportScopeWhere(options.actor),
      select: {
        unitId: true, year: true,
        currentRevision: { select: { status: true, updatedAt: true, package: true } },
        publishedRevision: { select: { package: true } },
      },
    }),
    loadCodeSetsFrom(client),
  ]);
  const byKey = new Map(reports.map((r) => [`${r.unitId}/${r.year}`, r]));
  const published = (unitId: string, year: number): TPackage | null => {
    const stored = byKey.get(`${unitId}/${year}`)?.publishedRevision?.package;
    return stored ? storedPackage(stored) : null;
  };
  return units.flatMap((unit) =>
    years.map(({ year }) => {
      const report = byKey.get(`${unit.id}/${year}`);
      const revision = report?.currentRevision;
      const open = revision && revision.status !== "PUBLISHED";
      return {
        unitCode: unit.code,
        unitName: unit.name,
        year,
        status: revision ? (revision.status as TReportStatus) : "NONE",
        // Only unpublished drafts have errors worth counting; a published revision passed them.
        blockingErrors: open ? blockingCount(checkDraft(storedPackage(revision.package), published(unit.id, year - 1), codeSetForYear(year, codeSets))) : null,
        lastChange: revision?.updatedAt ?? null,
        hasPrevious: byKey.has(`${unit.id}/${year - 1}`),
      };
    }),
  );
}
