import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import type { TTransition } from "@/lib/rules/status-machine";
import { codeSetSource, type CodeSetSource } from "@/lib/disclosure/codes";
import type { TPackage } from "@/lib/disclosure/package";
import { storedGlossary, type GlossaryEntry } from "@/lib/public/glossary";
import { reportTransitions, type TReportKind } from "@/lib/rules/department";
import { reviewReach } from "@/lib/server/auth/scope";
import { codeSetFor } from "@/lib/server/codes/load-code-sets";
import { listRevisionComments } from "@/lib/server/comments/list-revision-comments";
import { db } from "@/lib/server/db";
import { loadScopedReport, previousPublishedPackage, storedPackage } from "@/lib/server/reports/load-scoped-report";
import type { TReportStatus } from "@/lib/workspace/report-status";
import type { ReviewComment } from "@/lib/workspace/view-models";

export interface GetReportReviewOptions {
  actor: Actor;
  unitCode: string;
  year: number;
  kind?: TReportKind;
}

export interface ReportReview {
  reportId: string;
  kind: TReportKind;
  unit: { code: string; name: string };
  year: number;
  status: TReportStatus;
  revision: { id: string; number: number; version: number; submittedAt: Date | null; submittedBy: string | null; changeNote: string | null };
  package: TPackage;
  /** Last year's published package: the year-on-year figures and the checks use it. */
  previousPublished: TPackage | null;
  codes: CodeSetSource | null;
  /** What the changes are measured against: the package when last returned, or the previous published revision. */
  base: { label: string; package: TPackage } | null;
  comments: ReviewComment[];
  /** The revision's 名词解释 (null: the standard text). */
  glossary: readonly GlossaryEntry[] | null;
  /** The decisions this actor may take now. */
  transitions: TTransition[];
}

/** A report as its reviewer sees it: content, checks' inputs, the base of the diff, remarks, decisions. */
export async function getReportReview(options: GetReportReviewOptions): Promise<ReportReview> {
  const client = db();
  const report = await loadScopedReport(client, options.actor, "report.review", {
    unitCode: options.unitCode,
    year: options.year,
    kind: options.kind ?? "UNIT",
  });
  const revision = report.currentRevision;
  const status = revision.status as TReportStatus;
  const [submitter, earlier, previousPublished, codes, comments] = await Promise.all([
    revision.submittedById ? client.user.findUnique({ where: { id: revision.submittedById }, select: { displayName: true } }) : null,
    revision.returnedPackage || revision.number === 1
      ? null
      : client.revision.findUnique({
          where: { reportId_number: { reportId: report.id, number: revision.number - 1 } },
          select: { package: true, number: true },
        }),
    previousPublishedPackage(client, report.unitId, report.year, report.kind),
    codeSetFor(client, report.year),
    listRevisionComments(client, revision.id),
  ]);
  // Review follows the tree: the decisions this reviewer may take on this report (lib/rules/department.ts).
  const reach = await reviewReach(client, options.actor, report.unitId);
  const base = revision.returnedPackage
    ? { label: "上次退回时的内容", package: storedPackage(revision.returnedPackage) }
    : earlier
      ? { label: `第${earlier.number}版（已公开）`, package: storedPackage(earlier.package) }
      : null;
  return {
    reportId: report.id,
    kind: report.kind,
    unit: { code: report.unit.code, name: report.unit.name },
    year: report.year,
    status,
    revision: {
      id: revision.id,
      number: revision.number,
      version: revision.version,
      submittedAt: revision.submittedAt,
      submittedBy: submitter?.displayName ?? null,
      changeNote: revision.changeNote,
    },
    package: storedPackage(revision.package),
    previousPublished,
    codes: codes ? codeSetSource(codes) : null,
    base,
    comments,
    glossary: storedGlossary(revision.glossary),
    transitions: reportTransitions(options.actor, report.kind, reach, status),
  };
}
