/** The workspace's addresses of one report, spelled once (browser-safe). */
const code = (unitCode: string) => encodeURIComponent(unitCode);

/** The clerk's report: it opens the editor (read-only when the status does not allow editing). */
export const reportHref = (unitCode: string, year: number) => `/workspace/reports/${code(unitCode)}/${year}`;

/** The reviewer's page of the report. */
export const reviewHref = (unitCode: string, year: number) => `/workspace/review/${code(unitCode)}/${year}`;
