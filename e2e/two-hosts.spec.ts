/**
 * Several hosts on one database (issue 13): a second server on its own port with its own cache
 * directory — another host as far as the page cache's log file goes — against the e2e database.
 * The publication's expiry, sent on the first host (what the publish action does after its
 * transaction: revalidatePublishedReport, run here through e2e/support/revalidate-report.ts with
 * the first server's cache directory), reaches the second host through PostgreSQL NOTIFY, which
 * renders the report afresh.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startExtraServer, type ExtraServer } from "./support/extra-server";
import { E2E_CACHE_DIR, E2E_PORT } from "./support/server";
import { UNIT } from "./support/workspace";

const REPORT = `/units/${UNIT.code}/2020`;
let second: ExtraServer | undefined;
let secondCacheDir: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  secondCacheDir = mkdtempSync(path.join(os.tmpdir(), "gongkai-second-host-"));
  second = await startExtraServer({ databaseUrl: process.env.DATABASE_URL!, env: { GONGKAI_CACHE_DIR: secondCacheDir } });
});

test.afterAll(async () => {
  await second?.stop();
  rmSync(secondCacheDir, { recursive: true, force: true });
});

async function setUnitName(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("UPDATE units SET name = $2 WHERE code = $1", [UNIT.code, name]);
  } finally {
    await client.end();
  }
}

/** The publication's expiry as the first host sends it: its own cache directory, and NOTIFY. */
function publishOnFirstHost(): void {
  execFileSync("npx", ["tsx", path.join(import.meta.dirname, "support/revalidate-report.ts"), UNIT.code, "2020"], {
    env: { ...process.env, GONGKAI_CACHE_DIR: E2E_CACHE_DIR },
    stdio: "inherit",
  });
}

/** GET on a fresh connection (no keep-alive: a server may close an idle one just as it is reused). */
function page(base: string): Promise<{ status: number; cache: string | undefined; title: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${REPORT}`, { agent: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, cache: res.headers["x-nextjs-cache"] as string | undefined, title: /<title[^>]*>([^<]*)<\/title>/.exec(body)?.[1] ?? "" }),
        );
      })
      .on("error", reject);
  });
}

test("a publication expiring pages on one server is seen on the other (PostgreSQL NOTIFY)", async () => {
  const first = `http://127.0.0.1:${E2E_PORT}`;
  const renamed = `${UNIT.name}（两台主机）`;
  try {
    await page(second!.url);
    const cached = await page(second!.url);
    expect(cached).toMatchObject({ status: 200, cache: "HIT" });

    // The data changes; the second host keeps its cached page until it hears of an expiry.
    await setUnitName(renamed);
    expect((await page(second!.url)).title).toContain(`${UNIT.name}2020`);

    publishOnFirstHost();
    await expect.poll(async () => (await page(second!.url)).title, { timeout: 10_000 }).toContain(`${renamed}2020`);
    expect((await page(first)).title).toContain(`${renamed}2020`);
  } finally {
    await setUnitName(UNIT.name);
    publishOnFirstHost();
  }
  await expect.poll(async () => (await page(second!.url)).title, { timeout: 10_000 }).toContain(`${UNIT.name}2020`);
});
