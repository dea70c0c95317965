import "server-only";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Empties nginx's proxy cache (deploy/nginx.conf, `proxy_cache_path`), which the app shares as a
 * volume at PROXY_CACHE_DIR. Stock nginx has no purge command; a cache file that is gone is simply
 * a miss, and nginx recreates its level directories when it stores the next response. Publishing is
 * rare, so the whole cache goes: the pages that show the new report are many (home, lists, the unit,
 * next year's report, comparisons with any query string, the API, every download) and a cold cache
 * refills from Next's own ISR cache in milliseconds. Returns how many entries were removed.
 */
export async function purgeProxyCache(dir = process.env.PROXY_CACHE_DIR): Promise<number> {
  if (!dir) return 0;
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return 0; // no cache volume here (development, tests)
  }
  // Keep nginx's temp directory if it lives inside the cache path; remove the level directories.
  const targets = entries.filter((e) => e !== "tmp");
  await Promise.all(targets.map((e) => rm(path.join(dir, e), { recursive: true, force: true })));
  return targets.length;
}
