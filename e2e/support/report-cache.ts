/**
 * What the cache specs (public-cache, two-hosts) do to a published report: rename its unit behind
 * the app's back, expire its pages as a publication does, and read a page on a fresh connection.
 */
import { execFileSync } from "node:child_process";
import http from "node:http";
import path from "node:path";
import pg from "pg";
import { E2E_CACHE_DIR } from "./server";
import { UNIT } from "./workspace";

/** Renames the reference unit directly in the database: no page expires by itself. */
export async function setUnitName(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("UPDATE units SET name = $2 WHERE code = $1", [UNIT.code, name]);
  } finally {
    await client.end();
  }
}

/** Expires the reference report's pages as a publication does: the e2e server's cache directory, and NOTIFY. */
export function revalidateReport(): void {
  execFileSync("npx", ["tsx", path.join(import.meta.dirname, "revalidate-report.ts"), UNIT.code, "2020"], {
    env: { ...process.env, GONGKAI_CACHE_DIR: E2E_CACHE_DIR },
    stdio: "inherit",
  });
}

/** GET on a fresh connection (no keep-alive): successive requests reach different workers, and no idle connection is reused as it closes. */
export function getFresh(url: string): Promise<{ status: number; cache: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, cache: String(res.headers["x-nextjs-cache"] ?? ""), body }));
      })
      .on("error", reject);
  });
}

/** The page's <title>. */
export const pageTitle = (body: string) => /<title[^>]*>([^<]*)<\/title>/.exec(body)?.[1] ?? "";
