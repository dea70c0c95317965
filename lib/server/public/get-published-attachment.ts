import "@/lib/server/server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { readRevisionAttachment } from "@/lib/server/attachments/list-attachments";
import type { TAttachmentKind } from "@/lib/public/attachments";
import type { TReportKind } from "@/lib/rules/department";
import { parseReportAddress, REPORT_NOT_FOUND } from "./require-published-report";
import { PUBLISHED_ONLY } from "./unit-select";

/**
 * A published revision's attachment (the newest published revision, or ?revision=n) with the
 * names its file is sent under. A draft's attachments are never reachable here: the revision is
 * looked up among the published ones only, of the report of that kind (the unit's own by default,
 * or its department report). The package is not read (a download renders nothing).
 */
export async function getPublishedAttachment(options: { unitCode: string; year: string; request: Request; attachment: TAttachmentKind; reportKind?: TReportKind }) {
  const { year, revision } = parseReportAddress(options.year, options.request);
  const kind = options.reportKind ?? "UNIT";
  const report = await db().report.findFirst({
    where: { year, kind, unit: { code: options.unitCode }, publishedRevisionId: { not: null } },
    select: { id: true, publishedRevisionId: true, unit: { select: { code: true, name: true } } },
  });
  if (!report?.publishedRevisionId) throw new AppError("NOT_FOUND", { message: REPORT_NOT_FOUND });
  const chosen = await db().revision.findFirst({
    // Among the revisions of the report just found (by its id: its unit, year and kind are settled).
    where: { reportId: report.id, ...PUBLISHED_ONLY, ...(revision === undefined ? { id: report.publishedRevisionId } : { number: revision }) },
    select: { id: true, number: true },
  });
  if (!chosen) throw new AppError("NOT_FOUND", { message: REPORT_NOT_FOUND });
  const attachment = await readRevisionAttachment(db(), chosen.id, options.attachment);
  if (!attachment) throw new AppError("NOT_FOUND", { message: "该报告的这一版本没有这个附件" });
  return { unit: report.unit, year, revisionNumber: chosen.number, attachment };
}
