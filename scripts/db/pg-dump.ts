/**
 * Backup and restore with PostgreSQL's own tools (pg_dump / pg_restore, Debian's
 * `postgresql-client`), for `npm run db:backup` / `npm run db:restore` and their test.
 *
 * pg_dump refuses a server of a newer major version than itself, so the tools are picked per
 * server: the newest `/usr/lib/postgresql/<N>/bin` whose N is at least the server's. When no
 * client is installed at all, Debian's is installed through the bootstrap (apt-get); when the
 * server is newer than every installed client, `postgresql-client-<N>` is installed if apt has it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
// @ts-expect-error plain JavaScript module without types (runs before node_modules exists)
import { ensureSystemPackages, installAptPackageIfAvailable } from "../lib/bootstrap.mjs";
import { databaseName, quoteIdent, withClient, withDatabase } from "./pg-admin";

const DEBIAN_PG_DIR = "/usr/lib/postgresql";

export interface PgClientTools {
  major: number;
  pgDump: string;
  pgRestore: string;
}

/** Debian's installed client versions (each `/usr/lib/postgresql/<N>/bin` with both tools), newest first. */
export function installedPgClients(): PgClientTools[] {
  if (!existsSync(DEBIAN_PG_DIR)) return [];
  return readdirSync(DEBIAN_PG_DIR)
    .filter((name) => /^\d+$/.test(name))
    .map((name) => {
      const bin = path.join(DEBIAN_PG_DIR, name, "bin");
      return { major: Number(name), pgDump: path.join(bin, "pg_dump"), pgRestore: path.join(bin, "pg_restore") };
    })
    .filter((tools) => existsSync(tools.pgDump) && existsSync(tools.pgRestore))
    .sort((a, b) => b.major - a.major);
}

/** The server's major version (`server_version_num` 150020 → 15). */
export async function serverMajor(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0]!.v) / 10000);
  });
}

/** pg_dump and pg_restore able to talk to the server at `url`; installs Debian's client when none is there. */
export async function pgClientFor(url: string): Promise<PgClientTools> {
  const major = await serverMajor(url);
  if (installedPgClients().length === 0) ensureSystemPackages({ forTests: false, forPdf: false, forBackup: true });
  let tools = installedPgClients().find((t) => t.major >= major);
  // A newer server than the installed client: its own version's client, where apt's sources have it.
  if (!tools && installAptPackageIfAvailable(`postgresql-client-${major}`)) tools = installedPgClients().find((t) => t.major >= major);
  if (!tools) {
    const have =
      installedPgClients()
        .map((t) => t.major)
        .join("、") || "无";
    throw new Error(
      `数据库服务器是 PostgreSQL ${major}，本机的 pg_dump 版本（${have}）低于它，无法备份或恢复。` +
        `请安装 ${major} 或更新版本的客户端（Debian 软件包 postgresql-client-${major}），` +
        `或对与客户端同版本的服务器（如 docker compose 中的 PostgreSQL 15）执行。`,
    );
  }
  return tools;
}

/** libpq reads the password from PGPASSWORD rather than from a URL we would pass on a command line. */
function libpqArgs(url: string): { env: NodeJS.ProcessEnv; args: string[] } {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env, PGPASSWORD: decodeURIComponent(u.password) };
  const args = ["--host", u.hostname, "--port", u.port || "5432", "--username", decodeURIComponent(u.username) || "postgres"];
  for (const [key, value] of u.searchParams) if (key === "sslmode") env.PGSSLMODE = value;
  return { env, args };
}

function runTool(command: string, args: string[], env: NodeJS.ProcessEnv, what: string): void {
  const result = spawnSync(command, args, { env, encoding: "utf8", stdio: ["ignore", "inherit", "pipe"] });
  if (result.status !== 0) {
    throw new Error(`${what}失败（${path.basename(command)} 退出码 ${result.status}）：${(result.stderr ?? "").trim()}`);
  }
}

/**
 * Writes the whole database at `url` to `file` in pg_dump's custom format (compressed; pg_restore
 * reads it back). Ownership and grants are left out so the dump restores under any role.
 */
export async function backupDatabase(url: string, file: string): Promise<void> {
  const tools = await pgClientFor(url);
  const { env, args } = libpqArgs(url);
  runTool(tools.pgDump, [...args, "--format=custom", "--no-owner", "--no-privileges", "--file", file, databaseName(url)], env, "备份");
}

async function tableCount(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')");
    return Number(rows[0]!.n);
  });
}

export interface RestoreOptions {
  /** Drop and recreate the target database first when it already holds tables. */
  replace?: boolean;
}

/**
 * Restores `file` into the database at `url`, created when missing. A database that already holds
 * tables is refused unless `replace` (then it is dropped and created anew: nothing of it is kept).
 * One transaction: a failed restore leaves the target as it was.
 */
export async function restoreDatabase(url: string, file: string, options: RestoreOptions = {}): Promise<void> {
  if (!existsSync(file)) throw new Error(`备份文件不存在：${file}`);
  const name = databaseName(url);
  const admin = withDatabase(url, name === "postgres" ? "template1" : "postgres");
  await withClient(admin, async (c) => {
    const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
  if ((await tableCount(url)) > 0) {
    if (!options.replace) {
      throw new Error(`数据库 ${name} 不是空的，未恢复。恢复到一个新数据库，或加 --replace 删除并重建 ${name} 后恢复。`);
    }
    await withClient(admin, async (c) => {
      await c.query(`DROP DATABASE ${quoteIdent(name)} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
    });
  }
  const tools = await pgClientFor(url);
  const { env, args } = libpqArgs(url);
  runTool(tools.pgRestore, [...args, "--dbname", name, "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", file], env, "恢复");
}
