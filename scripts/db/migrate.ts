/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded demo
 * database (.data/demo-pg, started for the duration of the command) when it is unset.
 */
import { ensureDatabase } from "./ensure-db";
import { migrate } from "./migrations";
import { loadDotEnv } from "./load-env";
import { runScript } from "../lib/run-script";

async function main() {
  loadDotEnv();
  const database = await ensureDatabase({ purpose: "demo" });
  try {
    const t = Date.now();
    const result = await migrate({ url: database.url, log: (m) => console.log(m) });
    const took = ((Date.now() - t) / 1000).toFixed(1);
    console.log(result.applied.length === 0 ? `数据库已是最新（${result.alreadyApplied} 个迁移）` : `已应用 ${result.applied.length} 个迁移（${took} 秒）`);
  } finally {
    await database.stop();
  }
}

runScript(main);
