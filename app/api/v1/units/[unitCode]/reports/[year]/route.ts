import { jsonResponse, reportJson } from "@/lib/public/api-json";
import { ZReport } from "@/lib/public/api/schemas";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { requirePublishedReport } from "@/lib/server/public/require-published-report";

/** GET /api/v1/units/{code}/reports/{year}[?revision=n]: tables, narrative and key figures; amounts in 元 as decimal text. */
export const GET = publicApi<{ unitCode: string; year: string }>(async (request, { unitCode, year }) => {
  const data = await requirePublishedReport({ unitCode, year, request });
  return jsonResponse(ZReport, reportJson(data));
});

export const OPTIONS = publicApiOptions;
