import { listFiscalYears } from "@/lib/server/public/list-fiscal-years";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";

/** GET /api/v1/years: fiscal years with their deadline and how many units published, on time or late. */
export const GET = publicApi<object>(async () => {
  const years = await listFiscalYears();
  return Response.json({
    years: years.map((y) => ({ year: y.year, publicationDeadline: y.deadline.toISOString().slice(0, 10), ...y.counts })),
  });
});

export const OPTIONS = publicApiOptions;
