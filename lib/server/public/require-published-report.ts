import "@/lib/server/server-only";
import { badRequest, notFound } from "./api-error";
import { getPublishedReport } from "./get-published-report";
import type { PublishedReport } from "@/lib/public/types";

/** For API handlers: the report named by the URL (?revision=n optional) or a 400/404 ApiError. */
export async function requirePublishedReport(unitCode: string, yearText: string, request: Request): Promise<PublishedReport> {
  if (!/^\d{4}$/.test(yearText)) throw badRequest("年度应为四位数字，例如 2020");
  const revisionText = new URL(request.url).searchParams.get("revision");
  if (revisionText !== null && !/^\d{1,4}$/.test(revisionText)) throw badRequest("revision 应为版本号，例如 1");
  const report = await getPublishedReport(unitCode, Number(yearText), revisionText === null ? undefined : Number(revisionText));
  if (!report) throw notFound();
  return report;
}
