import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { reportPdfResponse } from "@/lib/server/public/report-pdf-response";
import { requirePublishedReport } from "@/lib/server/public/require-published-report";

export const runtime = "nodejs";

/**
 * GET …/department/report.pdf[?revision=n]: the department report (部门汇总) as an A4 PDF, printed
 * from its revision's page (/units/{u}/{y}/department/r/{n}), made once per revision.
 */
export const GET = publicApi<{ unitCode: string; year: string }>(async (request, { unitCode, year }) =>
  reportPdfResponse(await requirePublishedReport({ unitCode, year, request, kind: "DEPARTMENT" })),
);

export const OPTIONS = publicApiOptions;
