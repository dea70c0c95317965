/** Helpers of the web bench: processes, HTTP waits and wrk output. Loopback only. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";

export function sh(cmd: string, args: string[], env: Record<string, string> = {}, cwd?: string): void {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env }, cwd });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} 失败（退出码 ${r.status}）`);
}

export function start(cmd: string, args: string[], env: Record<string, string>, cwd: string): ChildProcess {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, cwd, stdio: ["ignore", "ignore", "inherit"], detached: true });
  child.unref();
  return child;
}

/** Stops a process we started and its children (its own process group). */
export function stop(child: ChildProcess | null): void {
  if (child?.pid) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  if (!url.startsWith("http://127.0.0.1:")) throw new Error("bench 只访问 127.0.0.1");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`等待 ${url} 超时`);
}

export interface WrkResult {
  rps: number;
  p50ms: number;
  p99ms: number;
  errors: string;
}

function ms(text: string): number {
  const m = /([\d.]+)(us|ms|s)/.exec(text);
  if (!m) return NaN;
  const v = Number(m[1]);
  return m[2] === "us" ? v / 1000 : m[2] === "s" ? v * 1000 : v;
}

/** wrk at `connections`, 10 s timeouts so the slow tail is counted, never anywhere but loopback. */
export function wrk(url: string, seconds: number, connections: number): WrkResult {
  if (!url.startsWith("http://127.0.0.1:")) throw new Error("bench 只访问 127.0.0.1");
  const r = spawnSync("wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "--latency", url], { encoding: "utf8" });
  const out = r.stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const p50 = ms(/\s50%\s+(\S+)/.exec(out)?.[1] ?? "");
  const p99 = ms(/\s99%\s+(\S+)/.exec(out)?.[1] ?? "");
  const errors = [/Socket errors:[^\n]*/.exec(out)?.[0], /Non-2xx or 3xx responses:[^\n]*/.exec(out)?.[0]].filter(Boolean).join("；");
  return { rps, p50ms: p50, p99ms: p99, errors };
}

/** A loopback port nobody listens on at the moment (for a server the bench starts right after). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}
