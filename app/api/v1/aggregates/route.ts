import { aggregateJson, jsonResponse } from "@/lib/public/api-json";
import { GROUP_BYS, groupingAllowed, MEASURES, type GroupBy, type Measure } from "@/lib/public/api/aggregates";
import { pageMeta } from "@/lib/public/api/paging";
import { parseQuery } from "@/lib/public/api/query";
import { ZAggregate, ZAggregateQuery } from "@/lib/public/api/schemas";
import { AppError } from "@/lib/server/errors";
import { aggregateLineItems } from "@/lib/server/public/aggregate-line-items";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";

/** GET /api/v1/aggregates?year=&measure=&groupBy=[&unit=prefix][&order=][&page=]: a measure summed across published reports. */
export const GET = publicApi<object>(async (request) => {
  const query = parseQuery(ZAggregateQuery, request.url);
  const measure = query.measure as Measure;
  const groupBy = query.groupBy as GroupBy;
  if (!groupingAllowed(measure, groupBy)) {
    throw new AppError("BAD_REQUEST", { message: `参数 groupBy 有误：${MEASURES[measure].label}不能按${GROUP_BYS[groupBy]}分组` });
  }
  const result = await aggregateLineItems({
    year: query.year,
    measure,
    groupBy,
    unitPrefix: query.unit,
    order: query.order,
    page: query.page,
    pageSize: query.pageSize,
  });
  if (!result) throw new AppError("NOT_FOUND", { message: "系统中没有这个年度" });
  const meta = pageMeta(request.url, query.page, query.pageSize, result.total);
  return jsonResponse(ZAggregate, aggregateJson({ year: query.year, measure, groupBy, unit: query.unit }, result, meta));
});

export const OPTIONS = publicApiOptions;
