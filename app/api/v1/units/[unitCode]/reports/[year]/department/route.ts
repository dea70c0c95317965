import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { publishedReportJson } from "@/lib/server/public/published-report-json";
import { parseReportAddress } from "@/lib/server/public/require-published-report";

/** GET /api/v1/units/{code}/reports/{year}/department[?revision=n]: the department report (部门汇总), shaped as any report. */
export const GET = publicApi<{ unitCode: string; year: string }>(async (request, { unitCode, year }) => {
  const address = parseReportAddress(year, request);
  const { body, etag } = await publishedReportJson({ unitCode, ...address, kind: "DEPARTMENT" });
  return new Response(body as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "application/json", ETag: etag } });
});

export const OPTIONS = publicApiOptions;
