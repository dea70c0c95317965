/**
 * Bookkeeping that lets several of our processes share one embedded cluster safely:
 * - a start lock (`<dataDir>.lock/`) so two processes never initialise or start it at once;
 * - a client registry (`<dataDir>.clients/<pid>-<token>`), one file per ensureDatabase()
 *   handle, so whoever stops last knows nobody else still needs the server;
 * - the running postmaster, read from the data directory's postmaster.pid.
 * Entries of dead processes are ignored and cleaned up.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but owned by another user (postgres runs as `postgres` when we are root).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The running postmaster of a data directory (postmaster.pid: line 1 pid, line 4 port). */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  return { pid, port };
}

/** Asks a postmaster we did not start to shut down (SIGINT = fast shutdown) and waits for it. */
export async function stopPostmaster(pid: number): Promise<void> {
  process.kill(pid, "SIGINT");
  for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) await sleep(100);
}

/** Runs `fn` holding `<dataDir>.lock`; a lock whose owner died is taken over. */
export async function withStartLock<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${dataDir}.lock`;
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      break;
    } catch {
      const owner = Number(readFileSafe(path.join(lock, "pid")));
      if (owner > 0 && !isAlive(owner)) rmSync(lock, { recursive: true, force: true });
      else if (waited > 120_000) throw new Error(`等待锁 ${lock} 超时；若无其他进程在运行，请删除该目录`);
      else await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Records one user of the cluster; returns the entry to pass to `unregisterClient`. */
export function registerClient(dataDir: string): string {
  const dir = `${dataDir}.clients`;
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, `${process.pid}-${randomBytes(4).toString("hex")}`);
  writeFileSync(entry, "");
  return entry;
}

export function unregisterClient(entry: string): void {
  rmSync(entry, { force: true });
}

/** How many registered users (other than removed ones) are still alive; prunes dead entries. */
export function liveClients(dataDir: string): number {
  const dir = `${dataDir}.clients`;
  if (!existsSync(dir)) return 0;
  let live = 0;
  for (const name of readdirSync(dir)) {
    if (isAlive(Number(name.split("-")[0]))) live++;
    else rmSync(path.join(dir, name), { force: true });
  }
  return live;
}
