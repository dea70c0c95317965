import "@/lib/server/server-only";
import { db } from "@/lib/server/db";

/** The fiscal years the system accepts reports for, newest first (a handful: filters list them). */
export async function listYears(): Promise<number[]> {
  const years = await db().fiscalYear.findMany({ orderBy: { year: "desc" }, select: { year: true } });
  return years.map((y) => y.year);
}
