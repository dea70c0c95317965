import { listUnits } from "@/lib/server/public/list-units";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { unitJson, pageJson } from "@/lib/public/api-json";
import { parsePage } from "@/lib/public/paging";

/**
 * GET /api/v1/units[?q=text&region=&category=&page=&pageSize=]: active units (searched by name, short
 * name or code, best match first; filtered by region and category), each with its published years.
 * Paged: pageSize at most 100 (default 50, 20 when searching); `next` is the next page or null.
 */
export const GET = publicApi<object>(async (request) => {
  const params = new URL(request.url).searchParams;
  const q = params.get("q") ?? "";
  const { units, info } = await listUnits({
    q, region: params.get("region") ?? undefined, category: params.get("category") ?? undefined,
    page: parsePage(params, q.trim() ? 20 : 50),
  });
  return Response.json({ units: units.map(unitJson), ...pageJson(info) });
});

export const OPTIONS = publicApiOptions;
