/**
 * Bench section "web": the published report page (芦淞区总工会 2020) under load, 64 connections,
 * against three targets measured in one run on this machine:
 *   1. ceiling — nginx serving the page saved as a static file;
 *   2. Next alone — `next start` on the production build (ISR: the page is rendered once);
 *   3. as deployed — nginx proxy_cache (deploy/nginx.conf, ports and paths adapted) in front of 2.
 * Targets: Next ≥ 5% of the ceiling; through the cache ≥ 50% with p99 < 50 ms. Also prints the
 * page's weight (HTML, gzip) and its first-load JavaScript from .next/diagnostics.
 * Starts and stops its own database, server and nginx; sends traffic only to 127.0.0.1.
 * BENCH_WEB_SECONDS (default 10) sets the duration per target.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { ensureDatabase } from "../db/ensure-db";
import { databaseUrl, recreateDatabase } from "../lib/database-url";
import { sh, start, stop, waitFor, wrk, type WrkResult } from "./web-tools";
import { nginxConfigFor } from "../lib/nginx-config";

export const description = "公开报告页：静态 nginx（上限）、Next 单独、nginx 缓存（部署形态），64 并发";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PAGE = "/units/430203-zgh/2020";
const PORTS = { next: 3310, proxy: 18080, static: 18081 };

function nginxConfig(dir: string): string {
  const staticServer = `  server {\n    listen 127.0.0.1:${PORTS.static};\n    root ${path.join(dir, "static")};\n    location / { default_type text/html; try_files /report.html =404; }\n  }\n`;
  return nginxConfigFor({ upstreamPort: PORTS.next, listenPort: PORTS.proxy, dir, extraServers: staticServer });
}

function firstLoadJs(route: string): { raw: number; gzip: number } | null {
  const file = path.join(ROOT, ".next/diagnostics/route-bundle-stats.json");
  if (!existsSync(file)) return null;
  const stats = JSON.parse(readFileSync(file, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const entry = stats.find((s) => s.route === route);
  if (!entry) return null;
  const bytes = entry.firstLoadChunkPaths.map((p) => readFileSync(path.join(ROOT, p)));
  return { raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gzipSync(b).length, 0) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const row = (name: string, r: WrkResult, ceiling: number) =>
  `  ${name.padEnd(26)} ${r.rps.toFixed(0).padStart(8)} req/s  p50 ${r.p50ms.toFixed(2).padStart(7)} ms  p99 ${r.p99ms.toFixed(2).padStart(7)} ms  ${((r.rps / ceiling) * 100).toFixed(1).padStart(6)}% 上限${r.errors ? `  （${r.errors}）` : ""}`;

export async function run(): Promise<void> {
  const seconds = Number(process.env.BENCH_WEB_SECONDS ?? 10);
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) sh("npx", ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1" }, ROOT);
  const dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-bench-web-"));
  for (const d of ["cache", "nginx", "static"]) mkdirSync(path.join(dir, d), { recursive: true });
  const database = await ensureDatabase({ purpose: "test" });
  let next: ChildProcess | null = null;
  let nginxStarted = false;
  const conf = path.join(dir, "nginx.conf");
  try {
    const url = databaseUrl(database.url, "gongkai_bench_web");
    await recreateDatabase(database.url, "gongkai_bench_web");
    sh("npx", ["tsx", "scripts/db/migrate.ts"], { DATABASE_URL: url }, ROOT);
    sh("npx", ["tsx", "scripts/db/seed.ts"], { DATABASE_URL: url }, ROOT);
    const env = { DATABASE_URL: url, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789", NEXTAUTH_URL: `http://127.0.0.1:${PORTS.proxy}`, PROXY_CACHE_DIR: path.join(dir, "cache") };
    next = start("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(PORTS.next)], env, ROOT);
    await waitFor(`http://127.0.0.1:${PORTS.next}/api/health`);
    const html = await (await fetch(`http://127.0.0.1:${PORTS.next}${PAGE}`)).text(); // also renders the ISR entry once
    writeFileSync(path.join(dir, "static/report.html"), html);
    writeFileSync(conf, nginxConfig(dir));
    sh("nginx", ["-p", dir, "-c", conf, "-t", "-q"]);
    sh("nginx", ["-p", dir, "-c", conf]);
    nginxStarted = true;
    await waitFor(`http://127.0.0.1:${PORTS.static}/`);
    await fetch(`http://127.0.0.1:${PORTS.proxy}${PAGE}`); // fill the cache
    const cacheStatus = (await fetch(`http://127.0.0.1:${PORTS.proxy}${PAGE}`)).headers.get("x-cache-status");

    const bytes = Buffer.byteLength(html);
    const js = firstLoadJs("/units/[unitCode]/[year]");
    console.log(`  报告页 HTML ${kb(bytes)}（gzip ${kb(gzipSync(html).length)}）；首屏 JavaScript ${js ? `${kb(js.raw)}（gzip ${kb(js.gzip)}）` : "未知（先 next build）"}`);
    console.log(`  每个目标先预热 3 秒，再测 ${seconds} 秒，64 个连接，wrk 超时 10 秒；nginx 缓存状态：${cacheStatus}`);
    // Next alone last: when wrk stops, Next still works through its queue for a while, which would
    // steal the CPU from whatever runs next on this machine.
    const settle = () => new Promise((r) => setTimeout(r, 2000));
    // Every target gets the same 3 s warm-up at full load before it is measured: the first seconds
    // after a start (nginx workers opening the cache entry, V8 warming up Next) are not the steady
    // state a deployment serves in, and on this machine they put a ~400 ms tail into whatever ran first.
    const measure = async (url: string) => {
      wrk(url, 3, 64);
      await settle();
      return wrk(url, seconds, 64);
    };
    const ceiling = await measure(`http://127.0.0.1:${PORTS.static}/`);
    await settle();
    const cached = await measure(`http://127.0.0.1:${PORTS.proxy}${PAGE}`);
    await settle();
    const alone = await measure(`http://127.0.0.1:${PORTS.next}${PAGE}`);
    console.log(row("静态文件（nginx，上限）", ceiling, ceiling.rps));
    console.log(row("Next 单独（next start）", alone, ceiling.rps));
    console.log(row("nginx 缓存 + Next（部署）", cached, ceiling.rps));
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
    stop(next);
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
