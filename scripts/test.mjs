// `npm test`: on a fresh clone, installs what is missing, then runs every test layer (see test-run.ts).
import { spawnSync } from "node:child_process";
import { ensureIslands, ensureNodeModules, ensureSystemPackages, ensurePrismaClient, root, log } from "./lib/bootstrap.mjs";

try {
  ensureNodeModules();
  ensureSystemPackages({ forTests: true });
  ensurePrismaClient();
  ensureIslands();
} catch (error) {
  log(`准备测试环境失败：${error.message}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const result = spawnSync("npx", ["tsx", "scripts/test-run.ts", ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exit(result.status ?? 1);
