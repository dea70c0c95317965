/**
 * The test pipeline behind `npm test`: lint, types, unit tests, integration tests on real Postgres,
 * a production build and Playwright e2e in Debian's Chromium. Every step runs even when an earlier
 * one failed, so one run shows everything; the last line is `N passed, N failed`.
 *
 * `npm test -- unit integration` runs only the named steps; `npm test -- e2e/some.spec.ts` runs the build
 * and only the named Playwright specs.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureDatabase } from "./db/ensure-db";
import { databaseUrl, recreateDatabase } from "./lib/database-url";

const root = path.resolve(import.meta.dirname, "..");
const resultsDir = path.join(root, ".test-results");

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
  /** What to print again under the summary: the log's tail when the step failed outside any test. */
  note?: string;
}

function sh(command: string, args: string[], env: Record<string, string> = {}): boolean {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  return result.status === 0;
}

/**
 * Runs a command with its output shown as it comes and the last lines kept: a CI log keeps only
 * its own tail, so an error that no test owns (an unhandled rejection, a worker that would not
 * stop) is printed again under the summary, where it is seen.
 */
function shKeepingTail(command: string, args: string[], env: Record<string, string>): Promise<{ ok: boolean; tail: string }> {
  const kept: string[] = [];
  const keep = (chunk: Buffer, out: NodeJS.WriteStream) => {
    out.write(chunk);
    kept.push(chunk.toString("utf8"));
    if (kept.length > 400) kept.splice(0, kept.length - 400);
  };
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["inherit", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => keep(chunk, process.stdout));
    child.stderr.on("data", (chunk: Buffer) => keep(chunk, process.stderr));
    child.on("close", (code) => resolve({ ok: code === 0, tail: kept.join("").split("\n").slice(-60).join("\n") }));
  });
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

/** A step with no test counts of its own (lint, types, build) counts as one check. */
function single(name: string, ok: boolean, started: number): StepResult {
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - started) / 1000 };
}

async function vitestStep(name: string, config: string | null, env: Record<string, string>): Promise<StepResult> {
  const started = Date.now();
  const out = path.join(resultsDir, `${name}.json`);
  rmSync(out, { force: true });
  const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`];
  if (config) args.push("-c", config);
  const { ok, tail } = await shKeepingTail("npx", args, env);
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(out);
  if (!report) return { ...single(name, false, started), note: tail };
  // A crash outside any test (e.g. a failing suite import) fails the step even with no failed test.
  const outsideTests = !ok && report.numFailedTests === 0;
  const failed = report.numFailedTests + (outsideTests ? 1 : 0);
  return { name, passed: report.numPassedTests, failed, seconds: (Date.now() - started) / 1000, note: outsideTests ? tail : undefined };
}

function e2eStep(env: Record<string, string>, specs: string[]): StepResult {
  const started = Date.now();
  const out = path.join(resultsDir, "e2e.json");
  rmSync(out, { force: true });
  const ok = sh("npx", ["playwright", "test", ...specs], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(out);
  if (!report) return single("e2e", false, started);
  const failed = report.stats.unexpected + (ok || report.stats.unexpected > 0 ? 0 : 1);
  return { name: "e2e", passed: report.stats.expected + report.stats.flaky, failed, seconds: (Date.now() - started) / 1000 };
}

async function main() {
  const args = process.argv.slice(2);
  const specs = args.filter((arg) => arg.endsWith(".spec.ts"));
  const only = new Set(args.filter((arg) => !specs.includes(arg)));
  if (specs.length > 0) only.add("e2e");
  const wanted = (step: string) => only.size === 0 || only.has(step);
  mkdirSync(resultsDir, { recursive: true });
  const results: StepResult[] = [];

  const database = await ensureDatabase({ purpose: "test" });
  const testEnv = { TEST_DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    if (wanted("lint")) {
      const t = Date.now();
      results.push(single("eslint", sh("npx", ["eslint", "--max-warnings=0", "."]), t));
      const f = Date.now();
      results.push(single("prettier", sh("npx", ["prettier", "--check", "--log-level=warn", "."]), f));
    }
    if (wanted("types")) {
      const t = Date.now();
      results.push(single("tsc", sh("npx", ["tsc", "--noEmit", "-p", "."]), t));
    }
    if (wanted("unit")) results.push(await vitestStep("unit", null, testEnv));
    if (wanted("integration")) results.push(await vitestStep("integration", "vitest.integration.config.ts", testEnv));
    if (wanted("e2e")) {
      const t = Date.now();
      const built = sh("node", ["-e", "import('./scripts/lib/bootstrap.mjs').then(m => m.ensureBuild())"]);
      results.push(single("build", built, t));
      if (built) {
        const e2eUrl = databaseUrl(database.url, "gongkai_e2e");
        await recreateDatabase(database.url, "gongkai_e2e");
        const dbEnv = { DATABASE_URL: e2eUrl };
        const ready = sh("npm", ["run", "--silent", "db:migrate"], dbEnv) && sh("npm", ["run", "--silent", "db:seed"], dbEnv);
        results.push(ready ? e2eStep({ ...testEnv, ...dbEnv }, specs) : single("e2e", false, Date.now()));
      }
    }
  } finally {
    await database.stop();
  }

  for (const r of results.filter((result) => result.note)) {
    console.log(`\n${r.name}：失败不属于任何测试，其输出的最后部分 / failed outside any test, the end of its output:\n${r.note}`);
  }
  console.log("\n测试汇总 / summary");
  for (const r of results) {
    console.log(`  ${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1)}s`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && results.length > 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
