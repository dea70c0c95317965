import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { db } from "@/lib/server/db";

export interface ListAdminFiscalYearsOptions {
  actor: Actor;
}

/** Every fiscal year (a handful: one per year of operation), newest first, with its report count. */
export async function listAdminFiscalYears(options: ListAdminFiscalYearsOptions) {
  requireAdmin(options.actor);
  const years = await db().fiscalYear.findMany({
    orderBy: { year: "desc" },
    take: 100,
    select: { year: true, publicationDeadline: true, entryOpen: true, _count: { select: { reports: true } } },
  });
  return years.map((y) => ({
    year: y.year,
    publicationDeadline: y.publicationDeadline.toISOString().slice(0, 10),
    entryOpen: y.entryOpen,
    reports: y._count.reports,
  }));
}
