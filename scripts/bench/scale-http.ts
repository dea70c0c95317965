/** HTTP helpers of the scale bench: sequential timings, a signed-in cookie, workers' peak RSS. Loopback only. */
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  /** The first request's time: the cold one (a fresh worker, nothing cached). */
  first: number;
  statuses: Set<number>;
  bytes: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

function local(url: string): string {
  if (!url.startsWith("http://127.0.0.1:")) throw new Error("bench 只访问 127.0.0.1");
  return url;
}

/** Requests `urls` one after another (each body read to the end); milliseconds per request. */
export async function sequential(urls: string[], headers: Record<string, string> = {}): Promise<Timing> {
  const times: number[] = [];
  const statuses = new Set<number>();
  let bytes = 0;
  for (const url of urls) {
    const t = performance.now();
    const response = await fetch(local(url), { headers, redirect: "manual" });
    bytes = (await response.arrayBuffer()).byteLength;
    times.push(performance.now() - t);
    statuses.add(response.status);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1)!, first: times[0], statuses, bytes };
}

/** Signs in through next-auth's credentials flow and returns the Cookie header of the session. */
export async function signIn(base: string, loginName: string, password: string): Promise<string> {
  const csrf = await fetch(local(`${base}/api/auth/csrf`));
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(local(`${base}/api/auth/callback/credentials`), {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie(), Origin: base },
    body: new URLSearchParams({ csrfToken, loginName, password, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`登录失败：${loginName}（HTTP ${response.status}）`);
  return cookie();
}

/** Peak resident set (VmHWM, MB) of each child process of `pid`: the server's workers. */
export function workersPeakRss(pid: number): number[] {
  const children = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
    .stdout.split(/\s+/)
    .filter(Boolean);
  return children.flatMap((child) => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child}/status`, "utf8"));
      return hwm ? [Number(hwm[1]) / 1024] : [];
    } catch {
      return [];
    }
  });
}
