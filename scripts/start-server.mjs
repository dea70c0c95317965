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
// WEB_CONCURRENCY sets the number of workers (default: the cores this process may use). A worker
// that dies is replaced; SIGTERM/SIGINT stop the workers and then the primary.
import cluster from "node:cluster";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());

// The port and host the workers listen on, so the server prints PDFs from its own address
// (INTERNAL_BASE_URL) and never from anything a request says.
const argv = process.argv.slice(2);
const flag = (names) => { const i = argv.findIndex((a) => names.includes(a)); return i >= 0 ? argv[i + 1] : undefined; };
const port = flag(["-p", "--port"]) ?? process.env.PORT ?? "3000";
process.env.PORT ??= port;
const host = flag(["-H", "--hostname"]);
const selfHost = !host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
process.env.INTERNAL_BASE_URL ??= `http://${selfHost}:${port}`;

if (cluster.isPrimary) {
  let stopping = false;
  console.log(`[gongkai] ${workers} 个 Next 工作进程`);
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    // 78: the worker refused to start on a bad environment (instrumentation.ts); restarting it
    // would only repeat the message, so the server stops with it.
    if (code === 78 && !stopping) {
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exitCode = 78;
      setTimeout(() => process.exit(78), 2000).unref();
      return;
    }
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    console.error(`[gongkai] 工作进程 ${worker.process.pid} 退出（${signal ?? code}），重新启动`);
    cluster.fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else if (process.env.NEXT_SERVER_SCRIPT) {
  await import(pathToFileURL(path.resolve(process.env.NEXT_SERVER_SCRIPT)).href);
} else {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  process.argv = [process.argv[0], nextBin, "start", ...process.argv.slice(2)];
  await import(pathToFileURL(nextBin).href);
}
