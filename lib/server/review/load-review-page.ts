import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { isAppError } from "@/lib/server/errors";
import { ZYear } from "@/lib/workspace/schemas";
import { getReportReview, type ReportReview } from "./get-report-review";

/** For the review page: raw URL params → the review, or null for anything that should be a 404. */
export async function loadReviewPage(options: { actor: Actor; unitCode: string; year: string; kind?: "UNIT" | "DEPARTMENT" }): Promise<ReportReview | null> {
  const year = ZYear.safeParse(options.year);
  if (!year.success) return null;
  try {
    return await getReportReview({ actor: options.actor, unitCode: decodeURIComponent(options.unitCode), year: year.data, kind: options.kind });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
