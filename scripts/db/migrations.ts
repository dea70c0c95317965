/**
 * Our migration runner (the Prisma 7 CLI cannot run migrations here: it wants to download
 * engines). Migrations are plain SQL files `prisma/migrations/<timestamp>_<name>/migration.sql`,
 * applied in name order, each in its own transaction, and recorded in `_gongkai_migrations`
 * with a checksum. A recorded migration whose file changed afterwards stops the run: the
 * database would no longer match what the file says.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "./paths";
import { withClient } from "./pg-admin";

export { MIGRATIONS_DIR };
export const MIGRATIONS_TABLE = "_gongkai_migrations";
// Arbitrary constant: serialises concurrent runners on one database.
const ADVISORY_LOCK_KEY = 7_046_151;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** sha256 of the SQL with line endings normalised, so a CRLF checkout does not count as a change. */
export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql.replace(/\r\n/g, "\n")).digest("hex");
}

/** Every `<dir>/<name>/migration.sql`, sorted by name (the timestamp prefix orders them). */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

export interface MigrateOptions {
  url: string;
  dir?: string;
  log?: (message: string) => void;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export async function migrate({ url, dir = MIGRATIONS_DIR, log = () => undefined }: MigrateOptions): Promise<MigrateResult> {
  const files = readMigrations(dir);
  return withClient(url, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
           name text PRIMARY KEY,
           checksum text NOT NULL,
           applied_at timestamptz NOT NULL DEFAULT now()
         )`,
      );
      const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${MIGRATIONS_TABLE} ORDER BY name`);
      const byName = new Map(files.map((f) => [f.name, f]));
      for (const row of rows) {
        const file = byName.get(row.name);
        if (!file) throw new Error(`数据库已应用迁移 ${row.name}，但 ${dir} 中没有该迁移（是否切换了分支？）`);
        if (file.checksum !== row.checksum) {
          throw new Error(`迁移 ${row.name} 在应用之后被修改过（校验和不一致）。已应用的迁移不能再改：请恢复该文件，另建新迁移。`);
        }
      }
      const done = new Set(rows.map((r) => r.name));
      const applied: string[] = [];
      for (const file of files.filter((f) => !done.has(f.name))) {
        log(`应用迁移 ${file.name}`);
        try {
          await client.query("BEGIN");
          // Simple-query protocol (no parameters): the whole multi-statement file in one round trip.
          await client.query(file.sql);
          await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (name, checksum) VALUES ($1, $2)`, [file.name, file.checksum]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw new Error(`迁移 ${file.name} 失败，已整体回滚：${(error as Error).message}`, { cause: error });
        }
        applied.push(file.name);
      }
      return { applied, alreadyApplied: rows.length };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => undefined);
    }
  });
}
