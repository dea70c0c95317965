/**
 * `npm run db:migration -- <name> [--empty]`
 *
 * Writes `prisma/migrations/<UTC timestamp>_<name>/migration.sql` with the SQL that takes the
 * schema as of the last migration to the current prisma/schema.prisma. Each migration folder
 * keeps a `schema.prisma` snapshot of what it migrates to; that snapshot is the "before" of
 * the next diff (so no database state is needed). `--empty` writes a migration with no schema
 * change, for hand-written SQL (triggers, data fixes). Review the SQL before committing.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureDatabase } from "./ensure-db";
import { readMigrations } from "./migrations";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths";
import { diffSchemas, isEmptyDiff } from "./prisma6-diff";
import { loadDotEnv } from "./load-env";
import { runScript } from "../lib/run-script";

/** UTC yyyyMMddHHmmss, bumped past the last migration if the clock says otherwise. */
function nextTimestamp(lastName: string | undefined, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const last = lastName?.slice(0, 14);
  if (last && /^\d{14}$/.test(last) && stamp <= last) return String(BigInt(last) + 1n);
  return stamp;
}

async function main() {
  loadDotEnv();
  const args = process.argv.slice(2);
  const empty = args.includes("--empty");
  const name = args.find((a) => !a.startsWith("--"));
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("用法：npm run db:migration -- <名称，小写字母/数字/下划线> [--empty]");
  }

  const last = readMigrations().at(-1)?.name;
  const snapshot = last ? path.join(MIGRATIONS_DIR, last, "schema.prisma") : undefined;
  if (snapshot && !existsSync(snapshot)) throw new Error(`${snapshot} 不存在：无法知道上一个迁移时的模型`);

  const database = await ensureDatabase({ purpose: "test" });
  let sql: string;
  try {
    sql = await diffSchemas({ from: snapshot ?? "empty", to: SCHEMA_PATH, url: database.url });
  } finally {
    await database.stop();
  }
  if (isEmptyDiff(sql) && !empty) {
    console.log("schema.prisma 与上一个迁移相比没有变化；如需手写 SQL，请加 --empty。");
    return;
  }

  const folder = path.join(MIGRATIONS_DIR, `${nextTimestamp(last)}_${name}`);
  mkdirSync(folder, { recursive: true });
  const body = isEmptyDiff(sql) ? "-- Hand-written migration: add SQL below.\n" : sql;
  writeFileSync(path.join(folder, "migration.sql"), body);
  copyFileSync(SCHEMA_PATH, path.join(folder, "schema.prisma"));
  console.log(`已写入 ${path.relative(process.cwd(), folder)}/migration.sql —— 请检查 SQL 后再提交。`);
}

runScript(main);
