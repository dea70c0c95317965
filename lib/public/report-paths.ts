/** Public URLs of a report and its files, in one place so pages, API and the sitemap agree. */
/** The department report (部门汇总) of a unit: its newest published revision, or revision `revision`. */
export function departmentReportPath(unitCode: string, year: number, revision?: number): string {
  const base = `/units/${encodeURIComponent(unitCode)}/${year}/department`;
  return revision === undefined ? base : `${base}/r/${revision}`;
}

export function reportPath(unitCode: string, year: number, revision?: number): string {
  const base = `/units/${encodeURIComponent(unitCode)}/${year}`;
  return revision === undefined ? base : `${base}/r/${revision}`;
}

/** The page of a report of either kind (the PDF prints the pinned one). */
export function publishedReportPath(kind: "UNIT" | "DEPARTMENT", unitCode: string, year: number, revision?: number): string {
  return kind === "DEPARTMENT" ? departmentReportPath(unitCode, year, revision) : reportPath(unitCode, year, revision);
}

export function apiReportPath(unitCode: string, year: number, kind: "UNIT" | "DEPARTMENT" = "UNIT"): string {
  return `/api/v1/units/${encodeURIComponent(unitCode)}/reports/${year}${kind === "DEPARTMENT" ? "/department" : ""}`;
}

export type DownloadKind = "xlsx" | "pdf" | "package" | "csv";

/** A download link; `revision` pins a published revision (otherwise the newest). */
export function downloadPath(unitCode: string, year: number, file: string, revision?: number, kind: "UNIT" | "DEPARTMENT" = "UNIT"): string {
  return `${apiReportPath(unitCode, year, kind)}/${file}${revision === undefined ? "" : `?revision=${revision}`}`;
}
