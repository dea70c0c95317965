import { AppError } from "@/lib/server/errors";
import { getUnitOverview } from "@/lib/server/public/get-unit-overview";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { toJsonValue } from "@/lib/disclosure/serialize";
import { apiReportPath } from "@/lib/public/report-paths";

/** GET /api/v1/units/{code}: the unit and every fiscal year with its status and, if published, key figures. */
export const GET = publicApi<{ unitCode: string }>(async (_request, { unitCode }) => {
  const overview = await getUnitOverview(unitCode);
  if (!overview) throw new AppError("NOT_FOUND", { message: "单位不存在" });
  return Response.json({
    unit: overview.unit,
    ...(overview.unit.demo ? { notice: "示例数据：演示用虚构数据，不代表任何真实单位" } : {}),
    reports: overview.years.map((y) => ({
      year: y.year,
      publicationDeadline: y.deadline.toISOString().slice(0, 10),
      status: y.published ? "published" : "unpublished",
      timeliness: y.timeliness,
      ...(y.published
        ? {
            revision: y.published.revision.number,
            firstPublishedAt: y.published.firstPublishedAt.toISOString(),
            latestPublishedAt: y.published.revision.publishedAt.toISOString(),
            url: apiReportPath(overview.unit.code, y.year),
            figures: toJsonValue(y.published.figures),
          }
        : {}),
    })),
    amountUnit: "元",
  });
});

export const OPTIONS = publicApiOptions;
