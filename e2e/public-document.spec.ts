/** The published report documents (Pages Router, no runtime JS): their head, and their error page. */
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./support/server";

const REPORT = "/units/430203-zgh/2020";

test("on a screen taller than the document, its footer stays at the bottom, as on every other page", async ({ page }) => {
  await page.goto(REPORT);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: height + 600 });
  const footerBottom = await page.locator("footer.site-footer").evaluate((el) => el.getBoundingClientRect().bottom);
  expect(Math.round(footerBottom)).toBe(height + 600);
});

// Which address an earlier revision names as canonical: lib/public/report-metadata.test.ts.
test("the documents link the icon and name no other address as canonical", async ({ page, request }) => {
  await page.goto(REPORT);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/favicon.svg");
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("when the database is down a document is a Chinese 500 page that no cache keeps", async () => {
  test.setTimeout(60_000);
  const port = E2E_PORT + 7;
  const server = spawn(process.execPath, [path.join(import.meta.dirname, "../scripts/start-server.mjs"), "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      WEB_CONCURRENCY: "1",
      DATABASE_URL: "postgres://postgres@127.0.0.1:9/unreachable",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      GONGKAI_CACHE_DIR: path.join(import.meta.dirname, "../.next/cache/gongkai-e2e-down"),
    },
    stdio: "ignore",
    detached: true,
  });
  try {
    let response: Response | null = null;
    for (let i = 0; i < 100 && !response; i++) {
      response = await fetch(`http://127.0.0.1:${port}${REPORT}`).catch(() => null);
      if (!response) await new Promise((r) => setTimeout(r, 200));
    }
    expect(response?.status).toBe(500);
    expect(response!.headers.get("cache-control")).toContain("no-store");
    const html = await response!.text();
    expect(html).toContain("<h1>出错了</h1>");
    expect(html).toMatch(/<title[^>]*>出错了 · 公开<\/title>/);
    expect(html).toContain('lang="zh-CN"');
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
});
