import { attachment } from "@/lib/public/attachment";
import { etagMatches } from "@/lib/public/etag";
import { requireOpenDataYear } from "@/lib/server/open-data/require-open-data-year";
import { streamLineItemsCsv } from "@/lib/server/open-data/stream-line-items-csv";
import { notModified, publicApi, publicApiOptions } from "@/lib/server/public/public-api";

/** GET /api/v1/open-data/{year}/line-items.csv: the data package's resource, every amount of the year's published reports, streamed. */
export const GET = publicApi<{ year: string }>(async (request, { year }) => {
  const state = await requireOpenDataYear(year);
  if (etagMatches(request.headers.get("If-None-Match"), state.etag)) return notModified(state.etag);
  return new Response(streamLineItemsCsv({ year: state.year }), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(`${state.year}年度部门决算明细.csv`), ETag: state.etag },
  });
});

export const OPTIONS = publicApiOptions;
