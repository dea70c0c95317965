/**
 * scripts/start-server.mjs, the production server: WEB_CONCURRENCY workers behind one port, a
 * worker that dies is replaced, SIGTERM stops them all once the requests in flight are answered.
 * The workers here run a stand-in for Next's standalone server.js (NEXT_SERVER_SCRIPT) that answers
 * with its pid (`/slow`: after 1.5 s).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
let dir: string;
let port: number;
let primary: ChildProcess;
/** Every primary started, so that one a failed test left running is stopped too. */
const started: ChildProcess[] = [];

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const { port: p } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return p;
}

/** The pid of the worker that answers, on a fresh connection (the cluster deals connections out in turn). */
function workerPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http
      .get({ host: "127.0.0.1", port, path: "/", agent: false }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c));
        res.on("end", () => resolve(Number(body)));
      })
      .on("error", reject);
    // A connection dealt to a worker at the moment it dies is never answered.
    req.setTimeout(1000, () => req.destroy(new Error("no answer")));
  });
}

async function pidsAnswering(requests = 8): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let i = 0; i < requests; i++) pids.add(await workerPid());
  return pids;
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const v = await probe();
      if (ok(v) || Date.now() > deadline) return v;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-start-server-"));
  const stub = path.join(dir, "server.mjs");
  writeFileSync(
    stub,
    `import http from "node:http";\nimport { appendFileSync } from "node:fs";\n` +
      `http.createServer((q, r) => {\n` +
      `  appendFileSync(${JSON.stringify(path.join(dir, "requests.log"))}, process.pid + " " + q.url + "\\n");\n` +
      `  if (q.url === "/argv") return r.end(JSON.stringify(process.execArgv));\n` +
      `  q.url === "/slow" ? setTimeout(() => r.end("slow " + process.pid), 1500) : r.end(String(process.pid));\n` +
      `}).listen(Number(process.env.PORT), "127.0.0.1");\n`,
  );
  primary = await startPrimary();
});

async function startPrimary(): Promise<ChildProcess> {
  port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start-server.mjs")], {
    env: { ...process.env, WEB_CONCURRENCY: "2", NEXT_SERVER_SCRIPT: path.join(dir, "server.mjs"), PORT: String(port) },
    stdio: "ignore",
  });
  started.push(child);
  return child;
}

function get(pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathname, agent: false }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode!, body }));
      })
      .on("error", reject);
  });
}

afterAll(() => {
  // Its workers exit with it (a worker exits when its primary's channel closes).
  for (const p of started) if (p.exitCode === null) p.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("start-server.mjs", () => {
  it("runs WEB_CONCURRENCY workers behind one port, replaces one that dies, and stops on SIGTERM", async () => {
    const first = await until(
      () => pidsAnswering(),
      (p) => p.size === 2,
    );
    expect(first.size).toBe(2);
    expect(first.has(primary.pid!)).toBe(false);

    const [victim, survivor] = [...first];
    process.kill(victim, "SIGKILL");
    const after = await until(
      () => pidsAnswering(),
      (p) => p.size === 2 && !p.has(victim),
    );
    expect(after.has(victim)).toBe(false);
    expect(after.has(survivor)).toBe(true);
    expect(after.size).toBe(2);

    const exited = new Promise<number | null>((resolve) => primary.once("exit", (code) => resolve(code)));
    primary.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of after) expect(() => process.kill(pid, 0)).toThrow();
    await expect(workerPid()).rejects.toThrow();
  });

  it("warms every worker with the sign-in page once all listen, and runs them with V8's heap growing factor", async () => {
    const log = path.join(dir, "requests.log");
    rmSync(log, { force: true });
    primary = await startPrimary();
    const warmUps = () =>
      Promise.resolve(
        existsSync(log)
          ? readFileSync(log, "utf8")
              .split("\n")
              .filter((l) => l.endsWith(" /login"))
          : [],
      );
    const lines = await until(warmUps, (l) => l.length === 6);
    // Three each: the primary hands the connections to the workers in turn.
    const perWorker = new Map<string, number>();
    for (const line of lines) perWorker.set(line.split(" ")[0], (perWorker.get(line.split(" ")[0]) ?? 0) + 1);
    expect([...perWorker.values()]).toEqual([3, 3]);
    expect(JSON.parse((await get("/argv")).body)).toContain("--heap-growing-percent=50");
    const exited = new Promise<number | null>((resolve) => primary.once("exit", (code) => resolve(code)));
    primary.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("finishes the requests in flight on SIGTERM, refuses new connections, then exits 0", async () => {
    primary = await startPrimary();
    await until(
      () => pidsAnswering(),
      (p) => p.size === 2,
    );
    const inFlight = [get("/slow"), get("/slow")];
    await new Promise((r) => setTimeout(r, 300)); // both requests reached their workers
    const exited = new Promise<number | null>((resolve) => primary.once("exit", (code) => resolve(code)));
    const stoppedAt = Date.now();
    primary.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    await expect(get("/")).rejects.toThrow(); // no longer accepting
    for (const answer of await Promise.all(inFlight)) expect(answer).toMatchObject({ status: 200, body: expect.stringMatching(/^slow \d+$/) });
    expect(await exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeGreaterThan(900); // it waited for them
  });
});
