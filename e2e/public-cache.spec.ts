/**
 * A published report is rendered once per server worker and then served from memory, until a
 * publication expires it — in every worker, whichever one handled the publication. The server
 * here runs two workers (e2e/support/server.ts); each request below opens its own connection, so
 * the cluster hands them to the workers in turn.
 */
import { expect, test } from "@playwright/test";
import { getFresh, pageTitle, revalidateReport, setUnitName } from "./support/report-cache";
import { E2E_PORT, E2E_WORKERS } from "./support/server";
import { UNIT } from "./support/workspace";

const REPORT = `/units/${UNIT.code}/2020`;
/** The unit's page: an App Router page, rendered per request (its CSP nonce is per request). */
const UNIT_PAGE = `/units/${UNIT.code}`;

const base = `http://127.0.0.1:${E2E_PORT}`;
const title = pageTitle;

test("a published report is served from each worker's cache and expires in all of them on publication", async () => {
  const renamed = `${UNIT.name}（更名）`;
  const rounds = E2E_WORKERS * 4;
  try {
    // Warm every worker, then every answer is a cache hit. (One page at a time: alternating two
    // pages over two workers in turn would send each page to one worker only.)
    for (let i = 0; i < rounds; i++) expect((await getFresh(`${base}${REPORT}`)).status).toBe(200);
    const warm = await Promise.all(Array.from({ length: rounds }, () => getFresh(`${base}${REPORT}`)));
    expect(warm.map((r) => r.cache)).toEqual(Array(rounds).fill("HIT"));

    // The data changes: until the pages are expired, every worker keeps serving what it rendered.
    await setUnitName(renamed);
    for (let i = 0; i < rounds; i++) expect(title((await getFresh(`${base}${REPORT}`)).body)).toContain(`${UNIT.name}2020`);
    for (let i = 0; i < rounds; i++) expect(title((await getFresh(`${base}${UNIT_PAGE}`)).body)).toContain(renamed);

    // The publication's revalidation, from another process: every worker renders afresh.
    revalidateReport();
    const after = [];
    for (let i = 0; i < rounds; i++) after.push(await getFresh(`${base}${REPORT}`));
    expect(after.map((r) => title(r.body))).toEqual(Array(rounds).fill(expect.stringContaining(`${renamed}2020`)));
    expect(after.filter((r) => r.cache === "MISS").length).toBeGreaterThanOrEqual(1);
  } finally {
    await setUnitName(UNIT.name);
    revalidateReport();
  }
  expect(title((await getFresh(`${base}${REPORT}`)).body)).toContain(`${UNIT.name}2020`);
});

test("the report document carries no React runtime and no hydration payload, only the chart loader", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  const response = await page.goto(REPORT);
  const html = await response!.text();
  expect(html).not.toContain("self.__next_f");
  expect(html).not.toContain("__NEXT_DATA__");
  expect(html).not.toMatch(/<script[^>]*src="\/_next\//);
  expect(Buffer.byteLength(html)).toBeLessThan(120 * 1024);
  expect(response!.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  // The charts draw from their tables once scrolled to, with React and recharts loaded then.
  await page.locator("#charts").scrollIntoViewIfNeeded();
  await expect(page.locator("[data-chart-for] svg.recharts-surface").first()).toBeVisible();
  expect(scripts.every((s) => s.startsWith("/islands/"))).toBe(true);
  expect(scripts.length).toBeGreaterThanOrEqual(2);
});
