/**
 * `npm run db:up`: makes sure the demo database is running and prints its URL
 * (`export DATABASE_URL=…` to use it from another terminal). Without DATABASE_URL it keeps
 * the embedded PostgreSQL running until Ctrl-C; with DATABASE_URL it just checks and exits.
 * `--migrate` also applies pending migrations; `--test` does the same for the test server.
 */
import { ensureDatabase } from "./ensure-db";
import { migrate } from "./migrations";
import { loadDotEnv } from "./load-env";
import { runScript } from "../lib/run-script";

async function main() {
  loadDotEnv();
  const args = process.argv.slice(2);
  const database = await ensureDatabase({ purpose: args.includes("--test") ? "test" : "demo" });
  if (args.includes("--migrate")) {
    const { applied } = await migrate({ url: database.url, log: (m) => console.error(m) });
    console.error(applied.length ? `已应用 ${applied.length} 个迁移` : "数据库已是最新");
  }
  console.log(database.url);
  if (database.source !== "embedded") return;
  console.error("嵌入式 PostgreSQL 运行中，按 Ctrl-C 停止。");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await database.stop();
}

runScript(main);
