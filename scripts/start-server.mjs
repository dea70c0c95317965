// The production server: one Next worker per core, sharing one port through node:cluster.
//
// A Node process uses one core; Next serves a cached page in ~0.3 ms of JavaScript, so on a
// machine with several cores a single `next start` leaves the others idle. The workers share
// nothing but the port and the page cache's expiry log (lib/server/cache/page-cache-handler.mjs),
// so a publication handled by any of them expires the page in all.
//
//   node scripts/start-server.mjs [-H host] [-p port]       runs `next start` in each worker
//   NEXT_SERVER_SCRIPT=server.js node start-server.mjs      runs the standalone server (Docker)
//
// Once every worker listens, the primary sends each a few requests for the sign-in page (see
// warmUpWorkers): a fresh worker's first rendered page otherwise costs ~300 ms more than the next.
//
// WEB_CONCURRENCY sets the number of workers (default: the cores this process may use). A worker
// that dies is replaced. SIGTERM/SIGINT stop gracefully: each worker stops accepting connections,
// finishes the requests in flight (cluster `disconnect` closes its server and waits for its
// connections), then exits; after SHUTDOWN_GRACE_MS the rest are killed.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { supportedNodeFlags } from "./lib/node-flags.mjs";

const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());
// Below docker compose's stop_grace_period (30 s), so the primary ends the workers itself.
const SHUTDOWN_GRACE_MS = 25_000;

// The port and host the workers listen on, so the server prints PDFs from its own address
// (INTERNAL_BASE_URL) and never from anything a request says.
const argv = process.argv.slice(2);
const flag = (names) => {
  const i = argv.findIndex((a) => names.includes(a));
  return i >= 0 ? argv[i + 1] : undefined;
};
const port = flag(["-p", "--port"]) ?? process.env.PORT ?? "3000";
process.env.PORT ??= port;
const host = flag(["-H", "--hostname"]);
const selfHost = !host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
process.env.INTERNAL_BASE_URL ??= `http://${selfHost}:${port}`;

/**
 * V8 lets a worker's heap grow up to 4× its live objects before collecting (its growing factor
 * adapts between 1.1 and 4): at 10,000 units a worker serving page after page reached 460–550 MB
 * RSS, though it ran as well with its old space capped at 192 MB (issue 12's limit is 512). A hard
 * cap (--max-old-space-size) would turn a burst of legitimate work (an XLSX import parses ~220 MB
 * of objects) into a crashed worker; a growing factor of 1.5 keeps the heap near what is live and
 * never refuses memory. Measured with `npm run bench -- scale`: peak RSS 291–367 MB against
 * 347–513 MB the same day without it, throughput unchanged (README, issue 12).
 */
const WORKER_V8_FLAGS = ["--heap-growing-percent=50"];

/**
 * The first page a fresh worker renders costs it ~300 ms of compiling (V8's JIT of React's and
 * Next's rendering, per-route manifests), whatever the page: measured at 10,000 units, a worker's
 * first /workspace took 300–370 ms against 70–100 ms for the next ones (issue 12). Rendering the
 * sign-in page a few times first takes most of that away from the first person served. The
 * sign-in page reads no data and is never cached, so no page cache is filled and nothing is
 * written. Sequential requests on new connections: the primary hands connections to the workers
 * in turn (round robin), so each worker gets its share. Failures are ignored: warming is an
 * optimisation, and a worker that is not up yet is warmed by its first visitor instead.
 */
const WARM_UP_ROUNDS = 3;
const WARM_UP_TIMEOUT_MS = 5_000;

async function warmUpWorkers() {
  const started = performance.now();
  const get = () =>
    new Promise((resolve) => {
      const request = http.get({ host: selfHost.replace(/^\[|\]$/g, ""), port, path: "/login", agent: false, timeout: WARM_UP_TIMEOUT_MS }, (response) => {
        response.resume();
        response.on("close", resolve); // after the end, or when a timeout cut it short
      });
      request.on("timeout", () => request.destroy());
      request.on("error", resolve);
    });
  for (let i = 0; i < WARM_UP_ROUNDS * workers; i++) await get();
  console.log(`[gongkai] 工作进程已预热（${Math.round(performance.now() - started)} ms）`);
}

if (cluster.isPrimary) {
  let stopping = false;
  // Workers whose process is still running: cluster.workers forgets a worker at `disconnect`,
  // before its process has exited.
  const running = new Set();
  const fork = () => running.add(cluster.fork());
  console.log(`[gongkai] ${workers} 个 Next 工作进程`);
  // A flag this Node refuses would stop every worker at start, and they would be replaced forever.
  const v8Flags = supportedNodeFlags(WORKER_V8_FLAGS);
  const refused = WORKER_V8_FLAGS.filter((f) => !v8Flags.includes(f));
  if (refused.length > 0) console.error(`[gongkai] 此 Node 不支持 ${refused.join(" ")}，工作进程不带它启动`);
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...v8Flags] });
  for (let i = 0; i < workers; i++) fork();
  let listening = 0;
  cluster.on("listening", () => {
    if (++listening === workers) void warmUpWorkers();
  });
  cluster.on("exit", (worker, code, signal) => {
    running.delete(worker);
    // 78: the worker refused to start on a bad environment (instrumentation.ts); restarting it
    // would only repeat the message, so the server stops with it.
    if (code === 78 && !stopping) {
      stopping = true;
      for (const other of running) other.process.kill("SIGKILL");
      process.exitCode = 78;
      setTimeout(() => process.exit(78), 2000).unref();
      return;
    }
    if (stopping) {
      if (running.size === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    console.error(`[gongkai] 工作进程 ${worker.process.pid} 退出（${signal ?? code}），重新启动`);
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log("[gongkai] 正在停止：不再接受新连接，等待进行中的请求完成…");
    for (const worker of running) worker.disconnect();
    setTimeout(() => {
      console.error(`[gongkai] ${SHUTDOWN_GRACE_MS / 1000} 秒内仍有请求未完成，强制停止`);
      for (const worker of running) worker.process.kill("SIGKILL");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  // The primary decides when a worker stops (above). Next's own handlers would exit at once on
  // SIGTERM, dropping requests in flight; a Ctrl-C reaches the workers too, and is left to the primary.
  process.env.NEXT_MANUAL_SIG_HANDLE = "1";
  process.on("SIGTERM", () => undefined);
  process.on("SIGINT", () => undefined);
  // After `disconnect` the worker's server is closed and its last request answered.
  process.on("disconnect", () => process.exit(0));
  if (process.env.NEXT_SERVER_SCRIPT) {
    await import(pathToFileURL(path.resolve(process.env.NEXT_SERVER_SCRIPT)).href);
  } else {
    const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
    process.argv = [process.argv[0], nextBin, "start", ...process.argv.slice(2)];
    await import(pathToFileURL(nextBin).href);
  }
}
