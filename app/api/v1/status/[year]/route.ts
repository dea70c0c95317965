import { attachment } from "@/lib/public/attachment";
import { jsonResponse, publicationStatusJson } from "@/lib/public/api-json";
import { pageMeta } from "@/lib/public/api/paging";
import { parseQuery } from "@/lib/public/api/query";
import { ZPublicationStatus, ZStatusQuery } from "@/lib/public/api/schemas";
import { AppError } from "@/lib/server/errors";
import { getPublicationStatus } from "@/lib/server/public/get-publication-status";
import { etagMatches, etagOf } from "@/lib/public/etag";
import { publicationStateKey } from "@/lib/server/public/list-fiscal-years";
import { notModified, publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { streamPublicationStatusCsv } from "@/lib/server/public/stream-publication-status-csv";

/**
 * GET /api/v1/status/{year}[?region=&page=&pageSize=] (JSON, paged) or
 * /api/v1/status/{year}.csv[?region=] (every unit, streamed): 公开情况 of the year.
 */
export const GET = publicApi<{ year: string }>(async (request, { year }) => {
  const match = /^(\d{4})(\.csv)?$/.exec(year);
  if (!match) throw new AppError("BAD_REQUEST", { message: "年度应为四位数字，例如 2020 或 2020.csv" });
  const query = parseQuery(ZStatusQuery, request.url);
  if (match[2]) {
    // Streamed, so tagged from the publication state before any row is read (publicApi would
    // otherwise buffer the whole file to hash it).
    const etag = await etagOf(`status-csv/${match[1]}/${query.region ?? ""}/${await publicationStateKey(new Date())}`);
    if (etagMatches(request.headers.get("If-None-Match"), etag)) return notModified(etag);
    const stream = await streamPublicationStatusCsv({ year: Number(match[1]), region: query.region });
    if (!stream) throw new AppError("NOT_FOUND", { message: "系统中没有这个年度" });
    return new Response(stream, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(`${match[1]}年度部门决算公开情况.csv`), ETag: etag },
    });
  }
  const status = await getPublicationStatus({ year: Number(match[1]), region: query.region, page: { page: query.page, pageSize: query.pageSize } });
  if (!status) throw new AppError("NOT_FOUND", { message: "系统中没有这个年度" });
  const { info } = status;
  return jsonResponse(ZPublicationStatus, publicationStatusJson(status, pageMeta(request.url, info.page, info.pageSize, info.total)));
});

export const OPTIONS = publicApiOptions;
