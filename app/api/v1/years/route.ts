import { listFiscalYears } from "@/lib/server/public/list-fiscal-years";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { jsonResponse, yearsJson } from "@/lib/public/api-json";
import { ZYears } from "@/lib/public/api/schemas";

/** GET /api/v1/years: fiscal years with their deadline and how many units published, on time or late. */
export const GET = publicApi<object>(async () => jsonResponse(ZYears, yearsJson(await listFiscalYears())));

export const OPTIONS = publicApiOptions;
