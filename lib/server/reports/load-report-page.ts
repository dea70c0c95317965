import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { isAppError } from "@/lib/server/errors";
import { ZYear } from "@/lib/workspace/schemas";
import { getReportForEditing, type ReportForEditing } from "./get-report-for-editing";

/** For pages: raw URL params → the report, or null for anything the page should answer 404. */
export async function loadReportPage(options: { actor: Actor; unitCode: string; year: string }): Promise<ReportForEditing | null> {
  const year = ZYear.safeParse(options.year);
  if (!year.success) return null;
  try {
    return await getReportForEditing({ actor: options.actor, unitCode: decodeURIComponent(options.unitCode), year: year.data });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
