/**
 * The environment is validated when the server starts (instrumentation.ts), not on first use: a
 * bad variable stops the production server at once, with a message naming it and exit code 78,
 * and start-server.mjs does not restart it in a loop.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

test("a bad environment stops the server at start, naming the variable", async () => {
  const port = Number(process.env.E2E_PORT ?? 3100) + 10;
  const child = spawn(process.execPath, [path.resolve(import.meta.dirname, "../scripts/start-server.mjs"), "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, WEB_CONCURRENCY: "1", DATABASE_URL: "mysql://wrong", NEXTAUTH_SECRET: "short" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 45_000);
    child.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code).toBe(78);
  expect(output).toContain("DATABASE_URL");
  expect(output).toContain("NEXTAUTH_SECRET");
  expect(output.match(/无法启动/g)).toHaveLength(1); // not restarted
});
