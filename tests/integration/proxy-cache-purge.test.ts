/**
 * Publication empties nginx's cache: real nginx running deploy/nginx.conf (ports and paths
 * adapted, loopback only) in front of a stand-in upstream that counts its renders. A cached page
 * is served without touching the upstream until purgeProxyCache runs; then the next request
 * fetches the new version.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nginxConfigFor } from "../../scripts/lib/nginx-config";

// Debian puts nginx in /usr/sbin, which a non-login PATH may lack.
const NGINX = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
const { purgeProxyCache } = await import("@/lib/server/public/purge-proxy-cache");
const { PUBLIC_CACHE } = await import("@/lib/server/public/public-api");

let dir: string;
let conf: string;
let upstream: http.Server;
let renders = 0;
const rendersOf = new Map<string, number>();
let base: string;

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

async function get(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${pathname}`, { headers });
  return {
    status: response.status,
    body: await response.text(),
    cache: response.headers.get("x-cache-status"),
    cacheControl: response.headers.get("cache-control"),
    etag: response.headers.get("etag"),
    cors: response.headers.get("access-control-allow-origin"),
  };
}

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    renders += 1;
    rendersOf.set(req.url ?? "", (rendersOf.get(req.url ?? "") ?? 0) + 1);
    // Next serves files of public/ with max-age=0; pages as the app marks them (cacheable here,
    // so that a path nginx must never cache is shown not to be cached by nginx itself).
    if (req.url?.startsWith("/api/v1/")) {
      // The public API's published answers, with the headers publicApi (lib/server/public/public-api.ts) sets.
      res.writeHead(200, { "content-type": "application/json", "cache-control": PUBLIC_CACHE, etag: `"r${renders}"`, "access-control-allow-origin": "*" });
      res.end(JSON.stringify({ version: renders }));
      return;
    }
    const cacheControl = req.url?.startsWith("/islands/") ? "public, max-age=0" : "public, s-maxage=86400, stale-while-revalidate=31536000";
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": cacheControl });
    res.end(`第${renders}版`);
  });
  upstream.listen(0, "127.0.0.1");
  await new Promise((r) => upstream.once("listening", r));
  const upstreamPort = (upstream.address() as net.AddressInfo).port;
  const listenPort = await freePort();
  dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-purge-"));
  mkdirSync(path.join(dir, "cache"));
  mkdirSync(path.join(dir, "nginx"));
  conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, nginxConfigFor({ upstreamPort, listenPort, dir }));
  const started = spawnSync(NGINX, ["-p", dir, "-c", conf], { encoding: "utf8" });
  if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`);
  base = `http://127.0.0.1:${listenPort}`;
  for (let i = 0; i < 40; i++) {
    try {
      await fetch(`${base}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  renders = 0;
});

afterAll(async () => {
  spawnSync(NGINX, ["-p", dir, "-c", conf, "-s", "quit"]);
  await new Promise((r) => upstream.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe("nginx proxy_cache as deployed, purged on publication", () => {
  it("serves a published page from its cache until the purge, then fetches the new version", async () => {
    const page = "/units/430203-zgh/2020";
    expect(await get(page)).toMatchObject({ body: "第1版", cache: "MISS" });
    expect(await get(page)).toMatchObject({ body: "第1版", cache: "HIT" });
    expect(renders).toBe(1);

    expect(await purgeProxyCache(path.join(dir, "cache"), undefined)).toBe(true);

    expect(await get(page)).toMatchObject({ body: "第2版", cache: "MISS" });
    expect(await get(page)).toMatchObject({ body: "第2版", cache: "HIT" });
    expect(renders).toBe(2);
  });

  it("serves the public API's published JSON from its cache under the app's own Cache-Control, answers If-None-Match itself, and refetches after the purge", async () => {
    const report = "/api/v1/units/430203-zgh/reports/2020";
    const first = await get(report);
    expect(first).toMatchObject({ status: 200, cache: "MISS", cacheControl: PUBLIC_CACHE, cors: "*" });
    expect(await get(report)).toMatchObject({ status: 200, body: first.body, cache: "HIT", etag: first.etag, cors: "*" });
    // A client that holds the tag gets 304 from nginx, without a request to the app. (nginx's gzip
    // marks the tag of a compressed answer weak, W/"…"; the 304 carries the stored one.)
    const notModified = await get(report, { "If-None-Match": first.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.etag?.replace(/^W\//, "")).toBe(first.etag?.replace(/^W\//, ""));
    expect(rendersOf.get(report)).toBe(1);

    expect(await purgeProxyCache(path.join(dir, "cache"), undefined)).toBe(true);

    const fresh = await get(report);
    expect(fresh).toMatchObject({ status: 200, cache: "MISS" });
    expect(fresh.body).not.toBe(first.body);
    expect(fresh.etag).not.toBe(first.etag);
    expect(rendersOf.get(report)).toBe(2);
  });

  it("in docker-compose the app only drops a request file for the sidecar that owns the cache", async () => {
    const requestFile = path.join(dir, "purge-request");
    expect(await purgeProxyCache(undefined, requestFile)).toBe(true);
    expect(existsSync(requestFile)).toBe(true);
    expect(Number.isNaN(Date.parse(readFileSync(requestFile, "utf8")))).toBe(false);
  });

  it("does nothing where there is no cache (development, tests)", async () => {
    expect(await purgeProxyCache(undefined, undefined)).toBe(false);
    expect(await purgeProxyCache(path.join(dir, "no-such-dir"), undefined)).toBe(false);
  });

  it("keeps the chart script (content-hashed, served by Next with max-age=0) for a year, immutable", async () => {
    const script = "/islands/document-chart-loader-ABC123.js";
    expect(await get(script)).toMatchObject({ cache: "MISS", cacheControl: "public, max-age=31536000, immutable" });
    expect(await get(script)).toMatchObject({ cache: "HIT", cacheControl: "public, max-age=31536000, immutable" });
    expect(rendersOf.get(script)).toBe(1);
  });

  it("micro-caches the per-request lists for 60 s, replacing the app's Cache-Control rather than adding to it", async () => {
    expect(await get("/units")).toMatchObject({ cache: "MISS", cacheControl: "public, max-age=0, s-maxage=60" });
    expect(await get("/units")).toMatchObject({ cache: "HIT", cacheControl: "public, max-age=0, s-maxage=60" });
    expect(rendersOf.get("/units")).toBe(1);
  });

  it("never caches the workspace, even when a response says it may", async () => {
    const page = "/workspace/reports/430203-zgh/2021/edit/income";
    await get(page);
    await get(page);
    expect(rendersOf.get(page)).toBe(2);
  });
});
