import "@/lib/server/server-only";
import { EXPIRY_CHANNEL, expireCacheTags, pathTag } from "@/lib/server/cache/page-cache-handler.mjs";
import { db } from "@/lib/server/db";
import { publishedReportPath } from "@/lib/public/report-paths";
import { purgeProxyCache } from "./purge-proxy-cache";

/** How long after a publication the pages are expired a second time (see below). */
const SECOND_EXPIRY_MS = 5_000;

/**
 * Every public path that shows the report of `unitCode` for `year`: the report and each of its
 * revisions (of the unit report and of the department report), the unit, next year's report (its year-on-year figures come from this one), the
 * year's 公开情况, and the lists.
 */
export async function publishedReportPaths(options: { unitCode: string; year: number }): Promise<string[]> {
  const { unitCode, year } = options;
  const base = `/units/${encodeURIComponent(unitCode)}`;
  const revisions = await db().revision.findMany({
    where: { report: { unit: { code: unitCode }, year: { in: [year, year + 1] } }, status: "PUBLISHED" },
    select: { number: true, report: { select: { year: true, kind: true } } },
  });
  const paths = new Set([`${base}/${year}`, `${base}/${year + 1}`, `${base}/${year}/department`, `${base}/${year + 1}/department`, base, `/status/${year}`, "/status", "/units", "/"]);
  for (const r of revisions) paths.add(publishedReportPath(r.report.kind, unitCode, r.report.year, r.number));
  return [...paths];
}

/**
 * Called after the transaction that published a revision has committed (by the publish action,
 * or by a script): expires those pages in every Next worker of this host (the log file) and of
 * every other host (NOTIFY on the database; lib/server/cache/page-cache-handler.mjs), and then
 * empties nginx's proxy cache. A page that a worker was rendering from the old data
 * while the publication committed may be stored just after the expiry, so both happen again a
 * few seconds later.
 */
export async function revalidatePublishedReport(options: { unitCode: string; year: number; cacheDir?: string }): Promise<void> {
  const tags = (await publishedReportPaths(options)).map(pathTag);
  const expire = async () => {
    expireCacheTags(tags, { dir: options.cacheDir });
    await db().$executeRaw`SELECT pg_notify(${EXPIRY_CHANNEL}, ${JSON.stringify({ tags })})`;
    await purgeProxyCache();
  };
  await expire();
  setTimeout(() => void expire().catch(() => undefined), SECOND_EXPIRY_MS).unref();
}
