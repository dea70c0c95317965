import "@/lib/server/server-only";
import { db } from "@/lib/server/db";
import { getPublicationStatus } from "./get-publication-status";
import type { PublicationStatus, YearSummary } from "@/lib/public/types";

export type { YearSummary };

/** Every fiscal year the system knows, newest first, with how many units published, on time or late. */
export async function listFiscalYears(now: Date = new Date()): Promise<YearSummary[]> {
  const years = await db().fiscalYear.findMany({ orderBy: { year: "desc" }, select: { year: true } });
  const statuses = await Promise.all(years.map((y) => getPublicationStatus(y.year, now)));
  return statuses.filter((s): s is PublicationStatus => s !== null).map(({ year, deadline, counts }) => ({ year, deadline, counts }));
}
