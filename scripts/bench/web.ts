/**
 * Bench section "web": the published report page (芦淞区总工会 2020) under load, 64 connections,
 * against four targets measured in one run on this machine:
 *   1. ceiling — nginx serving the page saved as a static file;
 *   2. as deployed — nginx proxy_cache (deploy/nginx.conf, ports and paths adapted) in front of 3;
 *   3. Next alone — the production server (scripts/start-server.mjs: one Next worker per core);
 *   4. Next alone in one process — the same with WEB_CONCURRENCY=1, i.e. plain `next start`.
 * Targets: Next alone ≥ 5% of the ceiling; through the cache ≥ 50% with p99 < 50 ms. Also prints
 * the page's weight (HTML, gzip) and the JavaScript it loads: the scripts its HTML names and their
 * static imports (first load), and the chunks those load on demand (the charts).
 * Starts and stops its own database, servers and nginx; sends traffic only to 127.0.0.1.
 * BENCH_WEB_SECONDS (default 10) sets the duration per target.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { ensureDatabase } from "../db/ensure-db";
import { databaseUrl, recreateDatabase } from "../lib/database-url";
import { sh, start, stop, waitFor, wrk, type WrkResult } from "./web-tools";
import { nginxConfigFor } from "../lib/nginx-config";
// @ts-expect-error plain .mjs module without declarations, shared with npm test and npm run demo
import { ensureBuild, ensureIslands, ensureSystemPackages } from "../lib/bootstrap.mjs";

export const description = "公开报告页：静态 nginx（上限）、nginx 缓存（部署形态）、Next 单独（多进程与单进程），64 并发";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PAGE = "/units/430203-zgh/2020";
const PORTS = { next: 3310, nextSingle: 3311, proxy: 18080, static: 18081 };

function nginxConfig(dir: string): string {
  const staticServer = `  server {\n    listen 127.0.0.1:${PORTS.static};\n    root ${path.join(dir, "static")};\n    location / { default_type text/html; try_files /report.html =404; }\n  }\n`;
  return nginxConfigFor({ upstreamPort: PORTS.next, listenPort: PORTS.proxy, dir, extraServers: staticServer });
}

interface Script {
  path: string;
  raw: number;
  gzip: number;
}

/**
 * The JavaScript a browser fetches for `html`: the scripts it names and, for ES modules, their
 * static imports (first load), then the chunks those import dynamically (on demand).
 */
async function pageScripts(base: string, html: string): Promise<{ firstLoad: Script[]; onDemand: Script[] }> {
  const fetchScript = async (p: string): Promise<{ script: Script; text: string }> => {
    const bytes = Buffer.from(await (await fetch(new URL(p, base))).arrayBuffer());
    return { script: { path: p, raw: bytes.length, gzip: gzipSync(bytes).length }, text: bytes.toString("utf8") };
  };
  const named = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0])).map((m) => m[1]);
  const firstLoad = new Map<string, Script>();
  const dynamic = new Set<string>();
  const queue = [...named];
  while (queue.length > 0) {
    const p = queue.shift()!;
    if (firstLoad.has(p)) continue;
    const { script, text } = await fetchScript(p);
    firstLoad.set(p, script);
    const resolve = (spec: string) => new URL(spec, new URL(p, base)).pathname;
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) queue.push(resolve(m[1]));
    for (const m of text.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) dynamic.add(resolve(m[1]));
  }
  const onDemand: Script[] = [];
  for (const p of dynamic) if (!firstLoad.has(p)) onDemand.push((await fetchScript(p)).script);
  return { firstLoad: [...firstLoad.values()], onDemand };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (scripts: Script[], key: "raw" | "gzip") => scripts.reduce((n, s) => n + s[key], 0);
const row = (name: string, r: WrkResult, ceiling: number) =>
  `  ${name.padEnd(30)} ${r.rps.toFixed(0).padStart(8)} req/s  p50 ${r.p50ms.toFixed(2).padStart(7)} ms  p99 ${r.p99ms.toFixed(2).padStart(7)} ms  ${((r.rps / ceiling) * 100).toFixed(1).padStart(6)}% 上限${r.errors ? `  （${r.errors}）` : ""}`;

export async function run(): Promise<void> {
  const seconds = Number(process.env.BENCH_WEB_SECONDS ?? 10);
  ensureSystemPackages({ forTests: false, forBench: true });
  ensureIslands();
  ensureBuild();
  const dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-bench-web-"));
  for (const d of ["cache", "nginx", "static", "pages"]) mkdirSync(path.join(dir, d), { recursive: true });
  const database = await ensureDatabase({ purpose: "test" });
  const servers: ChildProcess[] = [];
  let nginxStarted = false;
  const conf = path.join(dir, "nginx.conf");
  try {
    const url = databaseUrl(database.url, "gongkai_bench_web");
    await recreateDatabase(database.url, "gongkai_bench_web");
    sh("npx", ["tsx", "scripts/db/migrate.ts"], { DATABASE_URL: url }, ROOT);
    sh("npx", ["tsx", "scripts/db/seed.ts"], { DATABASE_URL: url }, ROOT);
    const cores = os.availableParallelism();
    const env = (port: number, workers: number) => ({
      DATABASE_URL: url,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
      NEXTAUTH_URL: `http://127.0.0.1:${PORTS.proxy}`,
      PROXY_CACHE_DIR: path.join(dir, "cache"),
      GONGKAI_CACHE_DIR: path.join(dir, "pages"),
      WEB_CONCURRENCY: String(workers),
      PORT: String(port),
    });
    const serve = (port: number, workers: number) =>
      start("node", ["scripts/start-server.mjs", "-H", "127.0.0.1", "-p", String(port)], env(port, workers), ROOT);
    servers.push(serve(PORTS.next, cores), serve(PORTS.nextSingle, 1));
    await waitFor(`http://127.0.0.1:${PORTS.next}/api/health`);
    await waitFor(`http://127.0.0.1:${PORTS.nextSingle}/api/health`);
    const base = `http://127.0.0.1:${PORTS.next}`;
    const html = await (await fetch(`${base}${PAGE}`)).text(); // also renders the page once
    writeFileSync(path.join(dir, "static/report.html"), html);
    writeFileSync(conf, nginxConfig(dir));
    sh("nginx", ["-p", dir, "-c", conf, "-t", "-q"]);
    sh("nginx", ["-p", dir, "-c", conf]);
    nginxStarted = true;
    await waitFor(`http://127.0.0.1:${PORTS.static}/`);
    await fetch(`http://127.0.0.1:${PORTS.proxy}${PAGE}`); // fill the cache
    const cacheStatus = (await fetch(`http://127.0.0.1:${PORTS.proxy}${PAGE}`)).headers.get("x-cache-status");

    const { firstLoad, onDemand } = await pageScripts(base, html);
    const bytes = Buffer.byteLength(html);
    console.log(`  报告页 HTML ${kb(bytes)}（gzip ${kb(gzipSync(html).length)}），目标 < 120 KB：${bytes < 120 * 1024 ? "达到" : "未达到"}`);
    console.log(
      `  首屏 JavaScript ${kb(sum(firstLoad, "raw"))}（gzip ${kb(sum(firstLoad, "gzip"))}，${firstLoad.length} 个文件），目标 gzip < 100 KB：${sum(firstLoad, "gzip") < 100 * 1024 ? "达到" : "未达到"}`,
    );
    console.log(`  按需加载（图表滚动到时）${kb(sum(onDemand, "raw"))}（gzip ${kb(sum(onDemand, "gzip"))}，${onDemand.length} 个文件）`);
    console.log(`  每个目标先预热 3 秒，再测 ${seconds} 秒，64 个连接，wrk 超时 10 秒；nginx 缓存状态：${cacheStatus}；Next 工作进程 ${cores} 个（每核一个）`);
    const settle = () => new Promise((r) => setTimeout(r, 2000));
    // Every target gets the same 3 s warm-up at full load before it is measured: the first seconds
    // after a start (nginx workers opening the cache entry, V8 warming up Next) are not the steady
    // state a deployment serves in, and on this machine they put a ~400 ms tail into whatever ran first.
    const measure = async (target: string) => {
      wrk(target, 3, 64);
      await settle();
      return wrk(target, seconds, 64);
    };
    const ceiling = await measure(`http://127.0.0.1:${PORTS.static}/`);
    await settle();
    const cached = await measure(`http://127.0.0.1:${PORTS.proxy}${PAGE}`);
    await settle();
    // Next last: when wrk stops, Next still works through its queue for a while, which would
    // steal the CPU from whatever runs next on this machine.
    const alone = await measure(`${base}${PAGE}`);
    await settle();
    const single = await measure(`http://127.0.0.1:${PORTS.nextSingle}${PAGE}`);
    console.log(row("静态文件（nginx，上限）", ceiling, ceiling.rps));
    console.log(row("nginx 缓存 + Next（部署）", cached, ceiling.rps));
    console.log(row(`Next 单独（${cores} 个工作进程，部署）`, alone, ceiling.rps));
    console.log(row("Next 单独（1 个进程，仅供对照）", single, ceiling.rps));
    const okAlone = alone.rps >= ceiling.rps * 0.05;
    const okCached = cached.rps >= ceiling.rps * 0.5 && cached.p99ms < 50;
    console.log(`  目标：Next 单独 ≥ 5% 上限 ${okAlone ? "达到" : "未达到"}；缓存 ≥ 50% 上限且 p99 < 50 ms ${okCached ? "达到" : "未达到"}`);
  } finally {
    if (nginxStarted) {
      try {
        sh("nginx", ["-p", dir, "-c", conf, "-s", "quit"]);
      } catch {
        // already stopped
      }
    }
    for (const server of servers) stop(server);
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
