// @ts-check
/**
 * Next's ISR cache (next.config `cacheHandler`) for a server that runs one Next worker per core
 * (scripts/start-server.mjs).
 *
 * Each worker keeps the pages it rendered in its own memory, so a published page is rendered once
 * per worker and then served from memory. What the workers must share is which pages have
 * expired: Next's default cache keeps that in each process's memory, so a publication handled by
 * one worker would leave the others serving the old report. Here every expiry is a line appended
 * to a log file (`expired.log` in the cache directory; one short O_APPEND write is atomic), and a
 * worker reads what is new in the log before it answers from memory (one stat() when nothing is).
 * A worker reads only what was appended after it started, so the log's length (a few hundred
 * bytes per publication) costs nothing; it can be truncated while the server is stopped.
 *
 * Entries expire by tag: Next's own cache tags, plus `_N_T_<path>` for the path of every page
 * (the form revalidatePath uses), so pages of both routers expire by path. Plain JavaScript: Next
 * loads this file itself at run time, outside its bundles.
 */
import { appendFileSync, closeSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Several hosts (app containers, each with its workers) share only the database, so a
 * publication also announces its expiries there: `NOTIFY gongkai_page_expiry` with the tags
 * (lib/server/public/revalidate.ts), and every worker of every host LISTENs and expires them on
 * arrival, at its own clock's time. The log file above still carries expiries between the workers
 * of one host and from scripts and tests that have no database.
 */
export const EXPIRY_CHANNEL = "gongkai_page_expiry";

const LOG_FILE = "expired.log";
const PATH_TAG_PREFIX = "_N_T_";
const TAGS_HEADER = "x-next-cache-tags";
const DEFAULT_MAX_MEGABYTES = 64;

/** @param {NodeJS.ProcessEnv} [env] */
export function cacheDirectory(env = process.env) {
  return env.GONGKAI_CACHE_DIR || path.join(process.cwd(), ".next", "cache", "gongkai");
}

/** The tag under which the page at `pathname` is cached (what revalidatePath(pathname) expires). */
export function pathTag(/** @type {string} */ pathname) {
  return PATH_TAG_PREFIX + pathname;
}

/**
 * Expires `tags` for every worker on this host, from any process (a Next worker, a script, a test).
 * @param {string[]} tags
 * @param {{ dir?: string, now?: number }} [options]
 */
export function expireCacheTags(tags, options = {}) {
  if (tags.length === 0) return;
  const dir = options.dir ?? cacheDirectory();
  const at = options.now ?? Date.now();
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, LOG_FILE), tags.map((tag) => `${JSON.stringify({ tag, at })}\n`).join(""));
}

/**
 * The page path inside a Next route cache key (`/route-cache/<kind>/<hash>/$<normalized path>`),
 * or null for keys of another shape (fetch cache entries are hashes).
 * @param {string} key
 */
export function pathOfCacheKey(key) {
  const i = key.indexOf("/$/");
  if (i < 0) return null;
  const normalized = key.slice(i + 2);
  // normalizePagePath writes "/" as "/index" and "/index…" as "/index/index…".
  if (normalized === "/index") return "/";
  return normalized.startsWith("/index/") ? normalized.slice("/index".length) : normalized;
}

/** The log of expiries as one process reads it: only what was appended after it started. */
export class ExpiryLog {
  /** @param {string} dir */
  constructor(dir) {
    this.file = path.join(dir, LOG_FILE);
    /** @type {Map<string, number>} */
    this.expiredAt = new Map();
    this.partial = "";
    // Entries are all stored after this process started, so older expiries cannot concern them.
    this.offset = statSync(this.file, { throwIfNoEntry: false })?.size ?? 0;
  }

  refresh() {
    const size = statSync(this.file, { throwIfNoEntry: false })?.size ?? 0;
    if (size < this.offset) {
      // The log was truncated (by an operator: nothing here does): read it again from its start.
      this.offset = 0;
      this.partial = "";
    }
    if (size === this.offset) return;
    const buffer = Buffer.alloc(size - this.offset);
    const fd = openSync(this.file, "r");
    try {
      readSync(fd, buffer, 0, buffer.length, this.offset);
    } finally {
      closeSync(fd);
    }
    this.offset = size;
    const lines = (this.partial + buffer.toString("utf8")).split("\n");
    this.partial = lines.pop() ?? "";
    for (const line of lines) {
      try {
        const { tag, at } = JSON.parse(line);
        if (typeof tag === "string" && typeof at === "number" && at > (this.expiredAt.get(tag) ?? 0)) this.expiredAt.set(tag, at);
      } catch {
        // not a line this module wrote: ignore it
      }
    }
  }

  /** Expiries heard of another way (the database channel): `tags` expire at `at`. */
  expire(/** @type {string[]} */ tags, /** @type {number} */ at) {
    for (const tag of tags) if (typeof tag === "string" && at > (this.expiredAt.get(tag) ?? 0)) this.expiredAt.set(tag, at);
  }

  /** True when one of `tags` expired at or after `storedAt`. */
  isExpired(/** @type {string[]} */ tags, /** @type {number} */ storedAt) {
    return tags.some((tag) => (this.expiredAt.get(tag) ?? -Infinity) >= storedAt);
  }
}

/** @param {any} value */
function approximateBytes(value) {
  const html = typeof value?.html === "string" ? value.html.length : 0;
  const rsc = value?.rscData?.length ?? 0;
  const body = value?.body?.length ?? 0;
  return html + rsc + body + 1024;
}

/** @param {string} key @param {any} data @param {any} ctx */
function tagsOf(key, data, ctx) {
  const tags = new Set(Array.isArray(ctx?.tags) ? ctx.tags : []);
  const header = data?.headers?.[TAGS_HEADER];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  const pathname = pathOfCacheKey(key);
  if (pathname) tags.add(pathTag(pathname));
  return [...tags];
}

/**
 * @typedef {{ value: unknown, lastModified: number, tags: string[], bytes: number }} Entry
 */

/** The pages one process holds for one cache directory, least recently used first. */
class PageStore {
  /** @param {string} dir @param {number} maxBytes */
  constructor(dir, maxBytes) {
    this.log = new ExpiryLog(dir);
    this.maxBytes = maxBytes;
    /** @type {Map<string, Entry>} insertion order is recency: the first entry is the least recently used */
    this.entries = new Map();
    this.bytes = 0;
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.log.refresh();
    if (this.log.isExpired(entry.tags, entry.lastModified)) {
      this.delete(key);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** @param {string} key @param {Entry} entry */
  set(key, entry) {
    this.delete(key);
    // A page larger than the whole budget would evict every other page and then itself.
    if (entry.bytes > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }
}

/**
 * LISTENs on the expiry channel for `store` while the process runs. A lost connection (database
 * restart, network) is reopened every second; expiries sent meanwhile were not heard, so the
 * store is emptied once it is back (until then its pages are served, database or not).
 * @param {PageStore} store @param {string} url
 */
function listenForExpiries(store, url) {
  let lost = false;
  const connect = () => {
    let retrying = false;
    const client = new pg.Client({ connectionString: url });
    const retry = () => {
      if (retrying) return;
      retrying = true;
      lost = true;
      client.end().catch(() => undefined);
      setTimeout(connect, 1000).unref();
    };
    client.on("notification", (message) => {
      try {
        const { tags } = JSON.parse(message.payload ?? "{}");
        if (Array.isArray(tags)) store.log.expire(tags, Date.now());
      } catch {
        // not a message of ours
      }
    });
    client.on("error", retry);
    client.on("end", retry);
    client
      .connect()
      .then(() => client.query(`LISTEN ${EXPIRY_CHANNEL}`))
      .then(() => {
        if (lost) store.clear();
        lost = false;
        // The listening connection must not keep a stopping worker alive.
        /** @type {any} */ (client).connection?.stream?.unref?.();
      })
      .catch(retry);
  };
  connect();
}

/** Next creates a handler for every request, so the pages live here, one store per directory. */
/** @type {Map<string, PageStore>} */
const stores = new Map();

export default class PageCacheHandler {
  /** @param {{ dir?: string, maxBytes?: number }} [options] Next passes its own context here; only tests pass these. */
  constructor(options = {}) {
    this.dir = options.dir ?? cacheDirectory();
    let store = stores.get(this.dir);
    if (!store) {
      store = new PageStore(this.dir, options.maxBytes ?? Number(process.env.GONGKAI_PAGE_CACHE_MB || DEFAULT_MAX_MEGABYTES) * 1024 * 1024);
      stores.set(this.dir, store);
      // Only inside a Next server (not in unit tests of this module), and only with a database.
      if (process.env.NEXT_RUNTIME === "nodejs" && process.env.DATABASE_URL) listenForExpiries(store, process.env.DATABASE_URL);
    }
    this.store = store;
  }

  /** @param {string} key */
  async get(key) {
    const entry = this.store.get(key);
    return entry ? { lastModified: entry.lastModified, value: entry.value } : null;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (data === null || data === undefined) return this.store.delete(key);
    this.store.set(key, { value: data, lastModified: Date.now(), tags: tagsOf(key, data, ctx), bytes: approximateBytes(data) });
  }

  /** revalidateTag / revalidatePath in any worker: every worker's entries with these tags expire now. */
  async revalidateTag(/** @type {string | string[]} */ tags) {
    expireCacheTags(Array.isArray(tags) ? tags : [tags], { dir: this.dir });
  }

  resetRequestCache() {}
}
