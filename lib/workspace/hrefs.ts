/** The workspace's addresses of one report, spelled once (browser-safe). */
import type { Actor } from "@/lib/rules/actor";
import type { TReportKind } from "@/lib/rules/department";
import { can } from "@/lib/rules/permissions";

const code = (unitCode: string) => encodeURIComponent(unitCode);

/** The department page (部门汇总 and the department report) of a unit with subordinates. */
export const departmentHref = (unitCode: string, year: number) => `/workspace/reports/${code(unitCode)}/${year}/department`;

/** The clerk's report: the editor of a unit report (read-only when the status does not allow editing), the department page of a department report. */
export const reportHref = (unitCode: string, year: number, kind: TReportKind = "UNIT") =>
  kind === "DEPARTMENT" ? departmentHref(unitCode, year) : `/workspace/reports/${code(unitCode)}/${year}`;

/** The reviewer's page of the report. */
export const reviewHref = (unitCode: string, year: number, kind: TReportKind = "UNIT") =>
  `/workspace/review/${code(unitCode)}/${year}${kind === "DEPARTMENT" ? "?kind=department" : ""}`;

/**
 * Where an audit entry's report opens for its reader (the inbox, the audit log): the review page
 * for whoever reviews, the clerk's own page otherwise, each of the entry's kind of report (an entry
 * recorded without a kind is about a unit report). Null for an entry about no report.
 */
export function auditEntryHref(reader: Pick<Actor, "role">, entry: { unitCode: string | null; year: number | null; kind: TReportKind | null }): string | null {
  if (entry.unitCode === null || entry.year === null) return null;
  const kind = entry.kind ?? "UNIT";
  return can(reader, "report.review") ? reviewHref(entry.unitCode, entry.year, kind) : reportHref(entry.unitCode, entry.year, kind);
}
