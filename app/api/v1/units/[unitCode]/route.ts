import { AppError } from "@/lib/server/errors";
import { getUnitOverview } from "@/lib/server/public/get-unit-overview";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { jsonResponse, unitOverviewJson } from "@/lib/public/api-json";
import { ZUnitOverview } from "@/lib/public/api/schemas";

/** GET /api/v1/units/{code}: the unit and every fiscal year with its status and, if published, key figures. */
export const GET = publicApi<{ unitCode: string }>(async (_request, { unitCode }) => {
  const overview = await getUnitOverview({ unitCode });
  if (!overview) throw new AppError("NOT_FOUND", { message: "单位不存在" });
  return jsonResponse(ZUnitOverview, unitOverviewJson(overview));
});

export const OPTIONS = publicApiOptions;
