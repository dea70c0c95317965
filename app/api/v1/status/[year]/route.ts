import { attachment } from "@/lib/public/attachment";
import { pageJson } from "@/lib/public/api-json";
import { parsePage } from "@/lib/public/paging";
import { badRequest, notFound } from "@/lib/server/public/api-error";
import { getPublicationStatus } from "@/lib/server/public/get-publication-status";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { streamPublicationStatusCsv } from "@/lib/server/public/stream-publication-status-csv";

/**
 * GET /api/v1/status/{year}[?region=&page=&pageSize=] (JSON, paged: pageSize at most 100) or
 * /api/v1/status/{year}.csv[?region=] (every unit, streamed): 公开情况 of the year.
 */
export const GET = publicApi<{ year: string }>(async (request, { year }) => {
  const match = /^(\d{4})(\.csv)?$/.exec(year);
  if (!match) throw badRequest("年度应为四位数字，例如 2020 或 2020.csv");
  const params = new URL(request.url).searchParams;
  const region = params.get("region") || undefined;
  if (match[2]) {
    const stream = await streamPublicationStatusCsv(Number(match[1]), region);
    if (!stream) throw notFound("系统中没有这个年度");
    return new Response(stream, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(`${match[1]}年度部门决算公开情况.csv`) },
    });
  }
  const status = await getPublicationStatus({ year: Number(match[1]), region, page: parsePage(params) });
  if (!status) throw notFound("系统中没有这个年度");
  return Response.json({
    year: status.year,
    publicationDeadline: status.deadline.toISOString().slice(0, 10),
    region: status.region,
    counts: status.counts,
    units: status.rows.map((r) => ({
      unit: r.unit,
      timeliness: r.timeliness,
      firstPublishedAt: r.firstPublishedAt?.toISOString() ?? null,
      latestPublishedAt: r.latestPublishedAt?.toISOString() ?? null,
      revision: r.revisionNumber,
    })),
    ...pageJson(status.info),
  });
});

export const OPTIONS = publicApiOptions;
