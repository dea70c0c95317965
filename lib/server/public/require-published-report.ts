import "@/lib/server/server-only";
import { parseQuery } from "@/lib/public/api/query";
import { ZRevisionQuery } from "@/lib/public/api/schemas";
import { AppError } from "@/lib/server/errors";
import { getPublishedReport } from "./get-published-report";
import type { PublishedReport } from "@/lib/public/types";

/** Unknown unit, unknown year and unpublished report get this same answer: nothing reveals a draft. */
export const REPORT_NOT_FOUND = "未找到请求的内容（单位不存在，或该年度报告尚未公开）";

/** The year of the URL and its optional ?revision=n (ZRevisionQuery, as documented), or a BAD_REQUEST AppError. */
export function parseReportAddress(yearText: string, request: Request): { year: number; revision?: number } {
  if (!/^\d{4}$/.test(yearText)) throw new AppError("BAD_REQUEST", { message: "年度应为四位数字，例如 2020" });
  const { revision } = parseQuery(ZRevisionQuery, request.url);
  return { year: Number(yearText), ...(revision === undefined ? {} : { revision }) };
}

/** For API handlers: the report named by the URL (?revision=n optional) or a BAD_REQUEST / NOT_FOUND AppError. */
export async function requirePublishedReport(options: { unitCode: string; year: string; request: Request; kind?: "UNIT" | "DEPARTMENT" }): Promise<PublishedReport> {
  const { unitCode } = options;
  const { year, revision } = parseReportAddress(options.year, options.request);
  const report = await getPublishedReport({ unitCode, year, revision, kind: options.kind });
  if (!report) throw new AppError("NOT_FOUND", { message: REPORT_NOT_FOUND });
  return report;
}
