/** The workspace's addresses of one report, spelled once (browser-safe). */
const code = (unitCode: string) => encodeURIComponent(unitCode);

/** The clerk's report: it opens the editor (read-only when the status does not allow editing). */
export const reportHref = (unitCode: string, year: number) => `/workspace/reports/${code(unitCode)}/${year}`;

/** The reviewer's page of the report. */
export const reviewHref = (unitCode: string, year: number, kind: "UNIT" | "DEPARTMENT" = "UNIT") =>
  `/workspace/review/${code(unitCode)}/${year}${kind === "DEPARTMENT" ? "?kind=department" : ""}`;

/** The department page (部门汇总 and the department report) of a unit with subordinates. */
export const departmentHref = (unitCode: string, year: number) => `/workspace/reports/${code(unitCode)}/${year}/department`;
