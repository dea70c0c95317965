import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/chromium";
import { E2E_CACHE_DIR, E2E_PORT, E2E_WORKERS } from "./e2e/support/server";

/**
 * e2e in Debian's Chromium (Playwright may not download browsers here) against the production
 * build, served as deployed (scripts/start-server.mjs: Next workers behind one port) on a database
 * that `npm test` migrated and seeded for this run.
 */
const baseURL = `http://127.0.0.1:${E2E_PORT}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  outputDir: "test-results",
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    // Recording a trace costs 8–16 % of each page's time in the axe checks even when it is
    // discarded; E2E_TRACE=1 records one for each failing test when a failure needs looking into.
    trace: process.env.E2E_TRACE ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `node scripts/start-server.mjs -H 127.0.0.1 -p ${E2E_PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      WEB_CONCURRENCY: String(E2E_WORKERS),
      GONGKAI_CACHE_DIR: E2E_CACHE_DIR,
    },
  },
});
