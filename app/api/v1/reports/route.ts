import { jsonResponse, reportListJson } from "@/lib/public/api-json";
import { pageMeta } from "@/lib/public/api/paging";
import { parseQuery } from "@/lib/public/api/query";
import { ZReportList, ZReportListQuery } from "@/lib/public/api/schemas";
import { listReportPage } from "@/lib/server/public/list-report-page";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";

/** GET /api/v1/reports?year=&unit=&region=&page=&pageSize=: published reports, paged. */
export const GET = publicApi<object>(async (request) => {
  const query = parseQuery(ZReportListQuery, request.url);
  const { rows, total } = await listReportPage({ year: query.year, unitPrefix: query.unit, region: query.region, page: query.page, pageSize: query.pageSize });
  return jsonResponse(ZReportList, reportListJson(rows, pageMeta(request.url, query.page, query.pageSize, total)));
});

export const OPTIONS = publicApiOptions;
