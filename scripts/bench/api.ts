/**
 * Bench section "api": the public API's two heavy answers, measured in process on a database of
 * its own: an aggregate over one year (SQL over line items, `aggregateLineItems`) and the year's
 * open-data zip's time to first byte and total (`streamOpenDataZip`). By default the database is
 * the seed plus the public 示例数据 (a handful of reports); BENCH_API_DATABASE_URL points it at
 * another, already loaded one (e.g. 10,000 units × 5 years) without changing it.
 */
import path from "node:path";
import { ensureDatabase } from "../db/ensure-db";
import { databaseUrl, recreateDatabase } from "../lib/database-url";
import { sh } from "./web-tools";

export const description = "公开接口：一个年度的跨单位汇总（SQL）耗时；年度开放数据 ZIP 的首字节时间与总时间";

const ROOT = path.resolve(import.meta.dirname, "../..");
const YEAR = Number(process.env.BENCH_API_YEAR ?? 2020);

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];

export async function run(): Promise<void> {
  const given = process.env.BENCH_API_DATABASE_URL;
  const database = given ? null : await ensureDatabase({ purpose: "test" });
  try {
    let url = given;
    if (!url) {
      url = databaseUrl(database!.url, "gongkai_bench_api");
      await recreateDatabase(database!.url, "gongkai_bench_api");
      for (const script of ["scripts/db/migrate.ts", "scripts/db/seed.ts", "scripts/seed-public-demo.ts"])
        sh("npx", ["tsx", script], { DATABASE_URL: url }, ROOT);
    }
    process.env.DATABASE_URL = url;
    const { aggregateLineItems } = await import("../../lib/server/public/aggregate-line-items");
    const { streamOpenDataZip } = await import("../../lib/server/open-data/stream-open-data-zip");
    const { getOpenDataState } = await import("../../lib/server/open-data/get-open-data-state");
    const { db } = await import("../../lib/server/db");
    const state = await getOpenDataState({ year: YEAR });
    console.log(`  数据：${given ? "BENCH_API_DATABASE_URL" : "种子数据 + 示例数据"}，${YEAR}年度已公开报告 ${state?.reports ?? 0} 份`);

    for (const [measure, groupBy] of [
      ["three_public", "unit"],
      ["expenditure", "function_class"],
      ["basic_expenditure", "economic_class"],
    ] as const) {
      await aggregateLineItems({ year: YEAR, measure, groupBy }); // warm-up
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const start = process.hrtime.bigint();
        await aggregateLineItems({ year: YEAR, measure, groupBy, pageSize: 50 });
        times.push(ms(start));
      }
      console.log(
        `  汇总 ${measure} 按 ${groupBy}（一个年度，10 次）：p50 ${percentile(times, 50).toFixed(1)} ms，最大 ${Math.max(...times).toFixed(1)} ms，目标 < 500 ms：${Math.max(...times) < 500 ? "达到" : "未达到"}`,
      );
    }

    const start = process.hrtime.bigint();
    const reader = (await streamOpenDataZip({ year: YEAR, baseUrl: null })).getReader();
    let first = 0;
    let bytes = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (bytes === 0) first = ms(start);
      bytes += chunk.value.byteLength;
    }
    console.log(
      `  开放数据 ZIP：首字节 ${first.toFixed(1)} ms（目标 < 1000 ms：${first < 1000 ? "达到" : "未达到"}），全部 ${ms(start).toFixed(0)} ms，${(bytes / 1024).toFixed(1)} KB`,
    );
    await db().$disconnect();
  } finally {
    await database?.stop();
  }
}
