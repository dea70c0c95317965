import "@/lib/server/server-only";
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Empties nginx's proxy cache (deploy/nginx.conf). Stock nginx has no purge command, but a cache
 * file that is gone is simply a miss, and nginx recreates its level directories when it stores the
 * next response. Publishing is rare, so the whole cache goes: the pages that show a new report are
 * many (home, lists, the unit, next year's report, comparisons with any query string, the API,
 * every download), and a cold cache refills from Next's own ISR cache in milliseconds.
 *
 * Two set-ups: PROXY_CACHE_DIR — the app shares the cache directory with nginx and the same user
 * (the bench, a single host): delete the entries directly. PROXY_PURGE_FILE — in docker-compose the
 * files belong to nginx's user, so the app writes a request file that deploy/purge-loop.sh, running
 * beside nginx, acts on within a second. Returns true when a purge was done or requested.
 */
export async function purgeProxyCache(
  dir = process.env.PROXY_CACHE_DIR,
  requestFile = process.env.PROXY_PURGE_FILE,
): Promise<boolean> {
  if (requestFile) {
    await writeFile(requestFile, new Date().toISOString());
    return true;
  }
  if (!dir) return false;
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return false; // no cache here (development, tests)
  }
  await Promise.all(entries.map((e) => rm(path.join(dir, e), { recursive: true, force: true })));
  return true;
}
