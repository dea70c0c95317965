import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { purgeProxyCache } from "./purge-proxy-cache";

/**
 * Called by the publish action (and by a correction's publication) after the transaction that
 * set reports.published_revision_id has committed. Drops every cached public page that shows
 * the report: Next's ISR entries (the report, each of its revisions, the unit, next year's report,
 * whose year-on-year figures come from this one, the year's 公开情况) and then nginx's proxy cache.
 */
export async function revalidatePublishedReport(unitCode: string, year: number): Promise<void> {
  const base = `/units/${encodeURIComponent(unitCode)}`;
  const revisions = await db().revision.findMany({
    where: { report: { unit: { code: unitCode }, year: { in: [year, year + 1] } }, status: "PUBLISHED" },
    select: { number: true, report: { select: { year: true } } },
  });
  const paths = new Set([`${base}/${year}`, `${base}/${year + 1}`, base, `/status/${year}`, "/status", "/units", "/"]);
  for (const r of revisions) paths.add(`${base}/${r.report.year}/r/${r.number}`);
  for (const p of paths) revalidatePath(p);
  await purgeProxyCache();
  // nginx may store a response that Next rendered just before the revalidation took effect;
  // a second purge a few seconds later removes such an entry.
  setTimeout(() => void purgeProxyCache(), 5_000).unref();
}
