// `npm run demo`: on a fresh clone, installs what is missing, then starts the database, migrates,
// seeds, builds and serves the production app on :3000 (see demo-run.ts). Run again, it reuses
// what exists: installed modules, the database in .data/, the build when no source changed.
import { spawn } from "node:child_process";
import { ensureIslands, ensureNodeModules, ensurePrismaClient, ensureSystemPackages, root, log } from "./lib/bootstrap.mjs";

// Chromium and the PDF's TrueType CJK fonts. Without them the site still runs and the PDF download
// answers 503 with a link to the printable page, so a failure here is a warning, not a stop.
try {
  ensureSystemPackages({ forTests: false, forPdf: true });
} catch (error) {
  log(`PDF 下载将不可用：${error.message}`);
}

try {
  ensureNodeModules();
  ensurePrismaClient();
  ensureIslands();
} catch (error) {
  log(`准备失败：${error.message}`);
  process.exit(1);
}

// The child owns the database and the server; forward signals so both stop cleanly.
// node itself, not npx: signals sent to this process reach the child directly.
const child = spawn(process.execPath, ["--import", "tsx", "scripts/demo-run.ts", ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
