import { attachment } from "@/lib/public/attachment";
import { jsonResponse, publicationStatusJson } from "@/lib/public/api-json";
import { ZPublicationStatus } from "@/lib/public/api/schemas";
import { statusCsv } from "@/lib/public/status-csv";
import { AppError } from "@/lib/server/errors";
import { getPublicationStatus } from "@/lib/server/public/get-publication-status";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";

/** GET /api/v1/status/{year} (JSON) or /api/v1/status/{year}.csv: 公开情况 of the year. */
export const GET = publicApi<{ year: string }>(async (_request, { year }) => {
  const match = /^(\d{4})(\.csv)?$/.exec(year);
  if (!match) throw new AppError("BAD_REQUEST", { message: "年度应为四位数字，例如 2020 或 2020.csv" });
  const status = await getPublicationStatus(Number(match[1]));
  if (!status) throw new AppError("NOT_FOUND", { message: "系统中没有这个年度" });
  if (match[2]) {
    return new Response(statusCsv(status), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(`${status.year}年度部门决算公开情况.csv`) },
    });
  }
  return jsonResponse(ZPublicationStatus, publicationStatusJson(status));
});

export const OPTIONS = publicApiOptions;
