import { attachment } from "@/lib/public/attachment";
import { etagMatches } from "@/lib/public/etag";
import { requireOpenDataYear } from "@/lib/server/open-data/require-open-data-year";
import { streamOpenDataZip } from "@/lib/server/open-data/stream-open-data-zip";
import { notModified, publicApi, publicApiOptions } from "@/lib/server/public/public-api";

export const runtime = "nodejs";

/** GET /api/v1/open-data/{year}.zip: every published package of the year, datapackage.json and the CSV, streamed. */
export const GET = publicApi<{ year: string }>(async (request, { year }) => {
  const state = await requireOpenDataYear(year, ".zip");
  if (etagMatches(request.headers.get("If-None-Match"), state.etag)) return notModified(state.etag);
  const body = await streamOpenDataZip({ year: state.year, baseUrl: null });
  return new Response(body, {
    headers: { "Content-Type": "application/zip", "Content-Disposition": attachment(`${state.year}年度部门决算公开数据.zip`), ETag: state.etag },
  });
});

export const OPTIONS = publicApiOptions;
