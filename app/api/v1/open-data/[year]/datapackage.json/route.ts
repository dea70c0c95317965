import { fiscalDataPackage } from "@/lib/public/open-data/fiscal-data-package";
import { requireOpenDataYear } from "@/lib/server/open-data/require-open-data-year";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";

/** GET /api/v1/open-data/{year}/datapackage.json: the Fiscal Data Package descriptor; its resource path is line-items.csv next to it. */
export const GET = publicApi<{ year: string }>(async (_request, { year }) => {
  const state = await requireOpenDataYear(year);
  return Response.json(fiscalDataPackage(state.year, null));
});

export const OPTIONS = publicApiOptions;
