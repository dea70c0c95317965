import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Runs `runScript(<body>)` in a child process, as a script would. */
function run(body: string) {
  const code = `import { runScript } from "./scripts/lib/run-script.ts"; runScript(${body});`;
  return spawnSync("npx", ["tsx", "--eval", code], { cwd: ROOT, encoding: "utf8" });
}

describe("runScript", () => {
  it("exits 0 when main resolves, even with a pending timer that would keep the process alive", () => {
    const r = run("async () => { setTimeout(() => {}, 60_000); }");
    expect(r.status).toBe(0);
  });

  it("exits 1 with the error's message when main rejects", () => {
    const r = run('async () => { throw new Error("数据库连不上"); }');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("数据库连不上");
  });
});
