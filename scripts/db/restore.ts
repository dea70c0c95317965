/**
 * `npm run db:restore -- FILE [--replace]`: a `db:backup` file into DATABASE_URL's database (else
 * the embedded demo database). The database must be empty or missing (it is created);
 * `--replace` drops and recreates a database that holds tables. One transaction: a failed restore
 * leaves nothing behind.
 */
import path from "node:path";
import { ensureDatabase } from "./ensure-db";
import { loadDotEnv } from "./load-env";
import { databaseName } from "./pg-admin";
import { restoreDatabase } from "./pg-dump";
import { runScript } from "../lib/run-script";

async function main() {
  loadDotEnv();
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("用法：npm run db:restore -- <备份文件> [--replace]");
  const database = await ensureDatabase({ purpose: "demo" });
  try {
    const t = Date.now();
    await restoreDatabase(database.url, path.resolve(file), { replace: args.includes("--replace") });
    console.log(`已从 ${file} 恢复数据库 ${databaseName(database.url)}（${((Date.now() - t) / 1000).toFixed(1)} 秒）`);
  } finally {
    await database.stop();
  }
}

runScript(main);
