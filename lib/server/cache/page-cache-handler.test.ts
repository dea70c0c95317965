import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import PageCacheHandler, { expireCacheTags, pathOfCacheKey, pathTag } from "./page-cache-handler.mjs";

type Module = typeof import("./page-cache-handler.mjs");

const KEY = "/route-cache/PAGES/abc/$/units/x/2020";
const OTHER = "/route-cache/PAGES/abc/$/units/y/2020";
const page = (html = "<p>x</p>", headers: Record<string, string> = {}) => ({ kind: "PAGES", html, headers });

/** A second copy of the module, with its own in-memory stores: what another Next worker holds. */
async function freshModule(): Promise<Module> {
  vi.resetModules();
  return import("./page-cache-handler.mjs");
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "page-cache-"));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe("pathOfCacheKey", () => {
  it("reads the page path from route cache keys, and null from other keys", () => {
    expect(pathOfCacheKey("/route-cache/PAGES/abc/$/units/x/2020")).toBe("/units/x/2020");
    expect(pathOfCacheKey("/route-cache/APP_PAGE/abc/$/index")).toBe("/");
    expect(pathOfCacheKey("/route-cache/PAGES/abc/$/index/foo")).toBe("/foo");
    expect(pathOfCacheKey("$/index/foo")).toBe(null); // no "/$/" in it
    expect(pathOfCacheKey("/$/index/foo")).toBe("/foo");
    expect(pathOfCacheKey("7f3c2a9be0d14e5b8c6a4f1e2d3b4c5a6e7f8091a2b3c4d5e6f708192a3b4c5d")).toBe(null);
  });
  it("pathTag is the revalidatePath tag", () => {
    expect(pathTag("/units/x/2020")).toBe("_N_T_/units/x/2020");
  });
});

describe("PageCacheHandler", () => {
  it("returns what was set with a lastModified, null for unknown keys, and set(key, null) deletes", async () => {
    const before = Date.now();
    const h = new PageCacheHandler({ dir });
    await h.set(KEY, page());
    const hit = await h.get(KEY);
    expect(hit?.value).toEqual(page());
    expect(hit?.lastModified).toBeGreaterThanOrEqual(before);
    expect(hit?.lastModified).toBeLessThanOrEqual(Date.now());
    expect(await h.get(OTHER)).toBe(null);
    await h.set(KEY, null);
    expect(await h.get(KEY)).toBe(null);
    expect(h.store.entries.size).toBe(0);
    expect(h.store.bytes).toBe(0);
  });

  it("an expiry of the page's path expires it, and only it", async () => {
    const h = new PageCacheHandler({ dir });
    await h.set(KEY, page("a"));
    await h.set(OTHER, page("b"));
    expireCacheTags([pathTag("/units/x/2020")], { dir });
    expect(await h.get(KEY)).toBe(null);
    expect((await h.get(OTHER))?.value).toEqual(page("b"));
  });

  it("expires by the tags of the x-next-cache-tags header and of ctx.tags", async () => {
    const h = new PageCacheHandler({ dir });
    await h.set("fetch-1", page("h", { "x-next-cache-tags": "report:1,,unit:x" }));
    await h.set("fetch-2", page("c"), { tags: ["unit:y"] });
    await h.set("fetch-3", page("n"));
    expireCacheTags(["unit:x"], { dir });
    expect(await h.get("fetch-1")).toBe(null);
    expect(await h.get("fetch-2")).not.toBe(null);
    expireCacheTags(["unit:y"], { dir });
    expect(await h.get("fetch-2")).toBe(null);
    expect(await h.get("fetch-3")).not.toBe(null);
  });

  it("an expiry from before the entry was stored does not expire it", async () => {
    const h = new PageCacheHandler({ dir });
    expireCacheTags([pathTag("/units/x/2020")], { dir, now: Date.now() - 60_000 });
    await h.set(KEY, page());
    expect((await h.get(KEY))?.value).toEqual(page());
    // ...while one at or after the store does.
    expireCacheTags([pathTag("/units/x/2020")], { dir });
    expect(await h.get(KEY)).toBe(null);
  });

  it("handlers of one process share the entries of one directory", async () => {
    const a = new PageCacheHandler({ dir });
    const b = new PageCacheHandler({ dir });
    await a.set(KEY, page());
    expect((await b.get(KEY))?.value).toEqual(page());
    expect(b.store).toBe(a.store);
    const elsewhere = mkdtempSync(path.join(tmpdir(), "page-cache-"));
    try {
      expect(await new PageCacheHandler({ dir: elsewhere }).get(KEY)).toBe(null);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it("revalidateTag in another process expires the entries of this one", async () => {
    const a = new PageCacheHandler({ dir });
    await a.set(KEY, page("a"));
    await a.set(OTHER, page("o"));
    const other = await freshModule();
    const b = new other.default({ dir });
    expect(b.store).not.toBe(a.store);
    expect(await b.get(KEY)).toBe(null); // B has its own memory
    await b.revalidateTag(pathTag("/units/x/2020"));
    expect(await a.get(KEY)).toBe(null);
    expect(await a.get(OTHER)).not.toBe(null);
    await b.revalidateTag([pathTag("/units/y/2020")]);
    expect(await a.get(OTHER)).toBe(null);
  });

  it("a process started after some expiries does not apply them to its own new entries", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_000_000);
    const a = new PageCacheHandler({ dir });
    await a.set(KEY, page());
    // Logged "in the future" relative to B's entries: only the offset can keep B from applying it.
    expireCacheTags([pathTag("/units/x/2020")], { dir, now: 2_000_000 });
    expect(await a.get(KEY)).toBe(null);

    const other = await freshModule();
    const b = new other.default({ dir });
    await b.set(KEY, page("b"));
    expect((await b.get(KEY))?.value).toEqual(page("b"));
    // What is appended after B started does apply to it.
    other.expireCacheTags([pathTag("/units/x/2020")], { dir, now: 1_000_000 });
    expect(await b.get(KEY)).toBe(null);
  });

  it("keeps the most recently used entries within maxBytes", async () => {
    // Each entry costs its html length + 1024; three fit in 3500 bytes, four do not.
    const h = new PageCacheHandler({ dir, maxBytes: 3500 });
    await h.set("k1", page("1"));
    await h.set("k2", page("2"));
    await h.set("k3", page("3"));
    expect(await h.get("k1")).not.toBe(null); // k1 is now the most recently used
    await h.set("k4", page("4"));
    expect(await h.get("k2")).toBe(null);
    expect(await h.get("k1")).not.toBe(null);
    expect(await h.get("k3")).not.toBe(null);
    expect(await h.get("k4")).not.toBe(null);
    expect(h.store.bytes).toBeLessThanOrEqual(3500);
    expect([...h.store.entries.keys()]).toEqual(["k1", "k3", "k4"]);
  });

  it("does not store a page larger than the whole budget, and keeps the others", async () => {
    const h = new PageCacheHandler({ dir, maxBytes: 3500 });
    await h.set("k1", page("1"));
    await h.set("huge", page("x".repeat(4000)));
    expect(await h.get("huge")).toBe(null);
    expect(await h.get("k1")).not.toBe(null);
    expect(h.store.bytes).toBe(1025);
  });

  it("replacing an entry does not count it twice", async () => {
    const h = new PageCacheHandler({ dir, maxBytes: 3500 });
    await h.set("k1", page("1"));
    await h.set("k1", page("1"));
    await h.set("k1", page("1"));
    await h.set("k2", page("2"));
    expect(h.store.bytes).toBe(2 * 1025);
    expect(await h.get("k1")).not.toBe(null);
  });

  it("ignores foreign lines in the log and still applies the valid ones after them", async () => {
    const h = new PageCacheHandler({ dir });
    await h.set(KEY, page());
    await h.set(OTHER, page());
    const log = path.join(dir, "expired.log");
    appendFileSync(log, `garbage\n{"tag": 1, "at": "x"}\n{"tag":"${pathTag("/units/x/2020")}"}\n[]\nnull\n`);
    expect(await h.get(KEY)).not.toBe(null);
    expect(await h.get(OTHER)).not.toBe(null);
    expireCacheTags([pathTag("/units/y/2020")], { dir });
    expect(await h.get(OTHER)).toBe(null);
    expect(await h.get(KEY)).not.toBe(null);
  });

  it("survives a torn last line: it is not applied, and later expiries are", async () => {
    const h = new PageCacheHandler({ dir });
    await h.set(KEY, page());
    await h.set(OTHER, page());
    const log = path.join(dir, "expired.log");
    appendFileSync(log, `{"tag":"${pathTag("/units/x/2020")}","at":9`); // a writer died mid-line
    expect(await h.get(KEY)).not.toBe(null);
    expect(await h.get(OTHER)).not.toBe(null);
    expireCacheTags(["some-tag"], { dir });
    expireCacheTags([pathTag("/units/y/2020")], { dir });
    expect(await h.get(OTHER)).toBe(null);
  });

  it("keeps a line that was read in two halves", async () => {
    const h = new PageCacheHandler({ dir });
    await h.set(KEY, page());
    const log = path.join(dir, "expired.log");
    const line = `${JSON.stringify({ tag: pathTag("/units/x/2020"), at: Date.now() })}\n`;
    appendFileSync(log, line.slice(0, 10));
    expect(await h.get(KEY)).not.toBe(null);
    appendFileSync(log, line.slice(10));
    expect(await h.get(KEY)).toBe(null);
  });

  it("reads a truncated or replaced log from its start", async () => {
    const h = new PageCacheHandler({ dir });
    await h.set(KEY, page());
    await h.set(OTHER, page());
    expireCacheTags(["unrelated-tag-with-a-long-name-to-make-the-log-longer"], { dir });
    expect(await h.get(KEY)).not.toBe(null);
    writeFileSync(path.join(dir, "expired.log"), "");
    expect(await h.get(KEY)).not.toBe(null);
    expireCacheTags([pathTag("/units/x/2020")], { dir });
    expect(await h.get(KEY)).toBe(null);
    expect(await h.get(OTHER)).not.toBe(null);
  });
});
