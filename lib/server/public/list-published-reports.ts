import "@/lib/server/server-only";
import { db } from "@/lib/server/db";
import { toPublicUnit } from "./to-public-unit";
import type { PublishedReportSummary } from "@/lib/public/types";
import { PUBLIC_UNIT_SELECT } from "./unit-select";

export type { PublishedReportSummary };

/** The most recently published reports (newest first), optionally of one year. */
export async function listPublishedReports(options: { year?: number; limit?: number } = {}): Promise<PublishedReportSummary[]> {
  const reports = await db().report.findMany({
    where: { kind: "UNIT", publishedRevisionId: { not: null }, latestPublishedAt: { not: null }, unit: { active: true }, ...(options.year ? { year: options.year } : {}) },
    orderBy: [{ latestPublishedAt: "desc" }, { year: "desc" }],
    take: options.limit ?? 10,
    select: { year: true, latestPublishedAt: true, unit: { select: PUBLIC_UNIT_SELECT }, publishedRevision: { select: { number: true, status: true } } },
  });
  return reports
    .filter((r) => r.publishedRevision?.status === "PUBLISHED")
    .map((r) => ({ unit: toPublicUnit(r.unit), year: r.year, revisionNumber: r.publishedRevision!.number, latestPublishedAt: r.latestPublishedAt! }));
}
