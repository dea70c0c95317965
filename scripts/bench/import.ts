/**
 * Bench section "import": `npm run disclosure -- import <1,000 packages> --publish` into an empty,
 * migrated database, as an administrator runs it (the CLI in its own process, module loading
 * included). The packages are `npm run bench:data -- --units 1000 --years 1` (balanced, 示例 units).
 * Then the same command again, where every package is unchanged and skipped. Target: under 60 s.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { ensureDatabase } from "../db/ensure-db";
import { migrate } from "../db/migrations";
import { dropDatabase, withClient, withDatabase } from "../db/pg-admin";

export const description = "批量导入：1,000 个数据包（npm run disclosure -- import …），目标 60 秒以内";

const UNITS = 1000;
// Published as the issue asks: submit, approve and publish through transitionReport for each.
const FLAGS = ["--publish"];
const TARGET_SECONDS = 60;
const DATABASE = "gongkai_bench_import";

function run_(command: string, args: string[], env: Record<string, string>) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: path.resolve(import.meta.dirname, "../.."), encoding: "utf8", env: { ...process.env, ...env } });
  return { seconds: (Date.now() - started) / 1000, code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function run(): Promise<void> {
  const data = run_("npm", ["run", "--silent", "bench:data", "--", "--units", String(UNITS), "--years", "1"], {});
  if (data.code !== 0) throw new Error(`bench:data 失败：${data.stderr}`);
  // "已存在，复用：DIR（…）" when reused, "已写入 … 到 DIR（…）" when written.
  const dir = /(?:复用：|到 )(\S+?)(?:（|$)/m.exec(data.stdout)?.[1];
  if (!dir) throw new Error(`bench:data 没有给出目录：${data.stdout}`);

  const server = await ensureDatabase({ purpose: "test" });
  const url = withDatabase(server.url, DATABASE);
  try {
    await dropDatabase(server.url, DATABASE);
    await withClient(server.url, (c) => c.query(`CREATE DATABASE ${DATABASE}`));
    await migrate({ url });
    // The year folders only (the directory also holds bench:data's manifest.json).
    const folders = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => path.join(dir, e.name));
    const cli = (...args: string[]) =>
      run_(process.execPath, ["--import", "tsx", "scripts/disclosure-cli.ts", "import", ...folders, ...args], { DATABASE_URL: url });
    // The machine may be shared: its load before and after goes with the figure.
    const loadBefore = loadavg()[0];
    const first = cli(...FLAGS);
    const loadAfter = loadavg()[0];
    if (first.code !== 0) throw new Error(`导入失败（退出码 ${first.code}）：\n${first.stdout}\n${first.stderr}`);
    const again = cli(...FLAGS);
    const published = await withClient(url, (c) =>
      c.query<{ status: string; n: string }>(`SELECT status::text, count(*) AS n FROM reports GROUP BY 1 ORDER BY 1`),
    );
    const rate = UNITS / first.seconds;
    console.log(
      `  ${UNITS} 个数据包导入（${FLAGS.join(" ") || "不发布"}）：${first.seconds.toFixed(1)} 秒（${rate.toFixed(1)} 个/秒，含进程启动），目标 ${TARGET_SECONDS} 秒：${first.seconds < TARGET_SECONDS ? "达到" : "未达到"}（系统负载 ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}，${cpus().length} 核）`,
    );
    console.log(`  报告：${published.rows.map((r) => `${r.status} ${r.n}`).join("，")}`);
    console.log(`  再次运行（全部未变化，跳过）：${again.seconds.toFixed(1)} 秒，退出码 ${again.code}`);
    console.log(
      first.stdout
        .split("\n")
        .map((l) => `    ${l}`)
        .join("\n"),
    );
  } finally {
    await dropDatabase(server.url, DATABASE).catch(() => undefined);
    await server.stop();
  }
}
