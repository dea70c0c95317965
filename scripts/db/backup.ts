/**
 * `npm run db:backup [-- --out FILE]`: the whole database (DATABASE_URL, else the embedded demo
 * database) to one pg_dump file, by default `.data/backups/<database>-<UTC time>.dump`.
 */
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { ensureDatabase } from "./ensure-db";
import { loadDotEnv } from "./load-env";
import { REPO_ROOT } from "./paths";
import { databaseName } from "./pg-admin";
import { backupDatabase } from "./pg-dump";
import { runScript } from "../lib/run-script";

function outFile(database: string): string {
  const at = process.argv.indexOf("--out");
  if (at >= 0) {
    const given = process.argv[at + 1];
    if (!given) throw new Error("--out 后须写备份文件路径");
    return path.resolve(given);
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  return path.join(REPO_ROOT, ".data", "backups", `${database}-${stamp}.dump`);
}

async function main() {
  loadDotEnv();
  const database = await ensureDatabase({ purpose: "demo" });
  try {
    const file = outFile(databaseName(database.url));
    mkdirSync(path.dirname(file), { recursive: true });
    const t = Date.now();
    await backupDatabase(database.url, file);
    const mb = (statSync(file).size / 1024 / 1024).toFixed(2);
    console.log(`已备份数据库 ${databaseName(database.url)} 到 ${file}（${mb} MB，${((Date.now() - t) / 1000).toFixed(1)} 秒）`);
  } finally {
    await database.stop();
  }
}

runScript(main);
