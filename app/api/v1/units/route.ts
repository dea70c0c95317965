import { listUnits } from "@/lib/server/public/list-units";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { jsonResponse, unitListJson } from "@/lib/public/api-json";
import { pageMeta } from "@/lib/public/api/paging";
import { parseQuery } from "@/lib/public/api/query";
import { ZUnitList, ZUnitListQuery } from "@/lib/public/api/schemas";

/**
 * GET /api/v1/units[?q=text&region=&category=&page=&pageSize=]: active units (searched by name, short
 * name or code, best match first; filtered by region and category), each with its published years.
 * Paged (a pageSize over the cap is a 400, lib/public/api/paging.ts).
 */
export const GET = publicApi<object>(async (request) => {
  const query = parseQuery(ZUnitListQuery, request.url);
  const { units, info } = await listUnits({ q: query.q, region: query.region, category: query.category, page: { page: query.page, pageSize: query.pageSize } });
  return jsonResponse(ZUnitList, unitListJson(units, pageMeta(request.url, info.page, info.pageSize, info.total)));
});

export const OPTIONS = publicApiOptions;
