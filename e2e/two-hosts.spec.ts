/**
 * Several hosts on one database (issue 13): a second server on its own port with its own cache
 * directory — another host as far as the page cache's log file goes — against the e2e database.
 * The publication's expiry, sent on the first host (what the publish action does after its
 * transaction: revalidatePublishedReport, run here through e2e/support/revalidate-report.ts with
 * the first server's cache directory), reaches the second host through PostgreSQL NOTIFY, which
 * renders the report afresh.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { getFresh, pageTitle, revalidateReport, setUnitName } from "./support/report-cache";
import { startExtraServer, type ExtraServer } from "./support/extra-server";
import { E2E_PORT } from "./support/server";
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

/** The report page on one server, with its cache state and title. */
async function page(base: string): Promise<{ status: number; cache: string; title: string }> {
  const { status, cache, body } = await getFresh(`${base}${REPORT}`);
  return { status, cache, title: pageTitle(body) };
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

    revalidateReport(); // as the first host does on publication: its own cache directory, and NOTIFY
    await expect.poll(async () => (await page(second!.url)).title, { timeout: 10_000 }).toContain(`${renamed}2020`);
    expect((await page(first)).title).toContain(`${renamed}2020`);
  } finally {
    await setUnitName(UNIT.name);
    revalidateReport(); // as the first host does on publication: its own cache directory, and NOTIFY
  }
  await expect.poll(async () => (await page(second!.url)).title, { timeout: 10_000 }).toContain(`${UNIT.name}2020`);
});
