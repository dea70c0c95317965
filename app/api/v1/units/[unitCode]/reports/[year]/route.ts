import { reportToJson } from "@/lib/disclosure/serialize";
import { reportMetaJson } from "@/lib/public/api-json";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { requirePublishedReport } from "@/lib/server/public/require-published-report";

/** GET /api/v1/units/{code}/reports/{year}[?revision=n]: tables, narrative and key figures; amounts in 元 as decimal text. */
export const GET = publicApi<{ unitCode: string; year: string }>(async (request, { unitCode, year }) => {
  const data = await requirePublishedReport(unitCode, year, request);
  const { unit, tables, narrative, checks, figures } = reportToJson(data.report, { figures: true }) as Record<string, unknown>;
  return Response.json({ ...reportMetaJson(data), amountUnit: "元", report: { unit, tables, narrative, figures, checks } });
});

export const OPTIONS = publicApiOptions;
