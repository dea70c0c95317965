import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { codeSetSource, type CodeSetSource } from "@/lib/disclosure/codes";
import { codeSetFor } from "@/lib/server/codes/load-code-sets";
import { db } from "@/lib/server/db";
import { listRevisionComments } from "@/lib/server/comments/list-revision-comments";
import type { ReviewComment } from "@/lib/workspace/view-models";
import type { TPackage } from "@/lib/disclosure/package";
import { storedGlossary, type GlossaryEntry } from "@/lib/public/glossary";
import { canEdit, type TReportStatus } from "@/lib/rules/status-machine";
import { loadScopedReport, previousPublishedPackage, storedPackage } from "./load-scoped-report";

export interface GetReportForEditingOptions {
  actor: Actor;
  unitCode: string;
  year: number;
}

export interface ReportForEditing {
  reportId: string;
  unit: { code: string; name: string };
  year: number;
  status: TReportStatus;
  revision: { id: string; number: number; version: number; updatedAt: Date };
  package: TPackage;
  /** Last year's published package (year-on-year figures come from it when present). */
  previousPublished: TPackage | null;
  /** The year's classification codes as plain data (the editor checks and picks codes with them). */
  codes: CodeSetSource | null;
  /** False once submitted: the clerk sees the draft read-only until it is returned. */
  editable: boolean;
  /** The reviewer's remarks on this revision, shown beside their fields. */
  comments: ReviewComment[];
  /** Public note of a correction (revision 2 onwards). */
  changeNote: string | null;
  /** The revision's 名词解释 (null: the standard text). */
  glossary: readonly GlossaryEntry[] | null;
}

/** The current revision of a unit's year, for the editor, preview and export. */
export async function getReportForEditing(options: GetReportForEditingOptions): Promise<ReportForEditing> {
  const client = db();
  const report = await loadScopedReport(client, options.actor, "report.read", { unitCode: options.unitCode, year: options.year });
  const revision = report.currentRevision;
  const status = revision.status as TReportStatus;
  return {
    reportId: report.id,
    unit: { code: report.unit.code, name: report.unit.name },
    year: report.year,
    status,
    revision: { id: revision.id, number: revision.number, version: revision.version, updatedAt: revision.updatedAt },
    package: storedPackage(revision.package),
    previousPublished: await previousPublishedPackage(client, report.unitId, report.year),
    codes: await codeSetFor(client, report.year).then((set) => (set ? codeSetSource(set) : null)),
    editable: canEdit(options.actor, status),
    comments: await listRevisionComments(client, revision.id),
    changeNote: revision.changeNote,
    glossary: storedGlossary(revision.glossary),
  };
}
