import { listUnits } from "@/lib/server/public/list-units";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { unitJson } from "@/lib/public/api-json";

/** GET /api/v1/units[?q=text]: active units (filtered by name or code), each with its published years. */
export const GET = publicApi<object>(async (request) => {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const units = await listUnits(q, q.trim() ? 20 : undefined);
  return Response.json({ units: units.map(unitJson) });
});

export const OPTIONS = publicApiOptions;
