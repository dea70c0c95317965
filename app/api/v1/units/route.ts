import { listUnits } from "@/lib/server/public/list-units";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { jsonResponse, unitListJson } from "@/lib/public/api-json";
import { ZUnitList } from "@/lib/public/api/schemas";

/** GET /api/v1/units[?q=text]: active units (filtered by name or code), each with its published years. */
export const GET = publicApi<object>(async (request) => {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const units = await listUnits(q, q.trim() ? 20 : undefined);
  return jsonResponse(ZUnitList, unitListJson(units));
});

export const OPTIONS = publicApiOptions;
