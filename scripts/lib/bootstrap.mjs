// Bootstrap shared by `npm test` and `npm run demo`: plain Node, no dependencies, because it runs
// before node_modules exists on a fresh clone. It installs what is missing and nothing else.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import CHROMIUM_PATHS from "../../lib/chromium-paths.json" with { type: "json" };

export const root = path.resolve(import.meta.dirname, "../..");

export function log(message) {
  process.stdout.write(`[gongkai] ${message}\n`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} 失败（退出码 ${result.status}）`);
  }
}

function lockHash() {
  return createHash("sha256")
    .update(readFileSync(path.join(root, "package-lock.json")))
    .digest("hex");
}

/** npm ci when node_modules is missing or was installed from another lock file. */
export function ensureNodeModules() {
  const stamp = path.join(root, "node_modules", ".gongkai-lock-hash");
  const hash = lockHash();
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  log("安装 npm 依赖（npm ci）…");
  run("npm", ["ci", "--no-audit", "--no-fund"], { env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" } });
  writeFileSync(stamp, hash);
}

function hasCommand(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

/** Debian installs each client version under /usr/lib/postgresql/<N>/bin (scripts/db/pg-dump.ts picks one). */
function hasPgClient() {
  const dir = "/usr/lib/postgresql";
  if (!existsSync(dir)) return false;
  return readdirSync(dir).some((v) => existsSync(path.join(dir, v, "bin", "pg_dump")) && existsSync(path.join(dir, v, "bin", "pg_restore")));
}

function cjkFonts() {
  if (!hasCommand("fc-list")) return "";
  return spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" }).stdout ?? "";
}

/**
 * The apt packages of the CJK fonts: Noto CJK for the screen, and two TrueType fonts that the
 * print stylesheet names first, because Chromium embeds TrueType outlines in a PDF as subsetted
 * CID fonts (text extracts as the real characters) but Noto's CFF outlines as Type 3 fonts whose
 * text many PDF readers map to radical look-alikes. The Dockerfile installs the same list.
 */
export function missingFontPackages() {
  const fonts = cjkFonts();
  const missing = [];
  if (!/Noto (Sans|Serif) CJK/.test(fonts)) missing.push("fonts-noto-cjk");
  if (!/WenQuanYi Micro Hei/.test(fonts)) missing.push("fonts-wqy-microhei");
  if (!/AR PL UMing/.test(fonts)) missing.push("fonts-arphic-uming");
  return missing;
}

/**
 * Debian packages the tests need, installed with apt when absent: Chromium (its headless shell) and CJK fonts for the
 * browser tests, screenshots and PDFs (the demo asks only for these, `forPdf`); pdftotext to read
 * the PDFs back; nginx for the cache test and, with openssl's self-signed pair, the TLS test; wrk
 * and nginx for the web bench; PostgreSQL's client (pg_dump, pg_restore) for `npm run db:backup` /
 * `db:restore` and their test.
 */
export function ensureSystemPackages({ forTests, forPdf = forTests, forBench = false, forBackup = forTests }) {
  const missing = [];
  if (forBackup && !hasPgClient()) missing.push("postgresql-client");
  if (forBench && !hasCommand("wrk")) missing.push("wrk");
  // lib/chromium.ts takes the headless shell when it is there: the tests want it (their axe checks
  // run twice as fast in it); PDFs alone are printed by either.
  const hasShell = existsSync(CHROMIUM_PATHS.headlessShell);
  if (forPdf && !hasShell && (forTests || !existsSync(CHROMIUM_PATHS.browser))) missing.push("chromium-headless-shell");
  if (forPdf) missing.push(...missingFontPackages());
  if (forTests && !hasCommand("pdftotext")) missing.push("poppler-utils");
  if ((forTests || forBench) && !hasCommand("nginx") && !existsSync("/usr/sbin/nginx")) missing.push("nginx");
  if (forTests && !hasCommand("openssl")) missing.push("openssl"); // npm run tls:cert, in e2e/tls.spec.ts
  // Debian's docker-compose reads and validates docker-compose.yml without a Docker engine
  // (tests/integration/deploy-files.test.ts); this machine kind runs no engine.
  if (forTests && !hasCommand("docker-compose")) missing.push("docker-compose");
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !hasCommand("apt-get")) {
    throw new Error(`缺少系统软件包：${missing.join(" ")}。请用 apt-get install ${missing.join(" ")} 安装后重试。`);
  }
  log(`安装系统软件包：${missing.join(" ")} …`);
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], { env: { DEBIAN_FRONTEND: "noninteractive" } });
}

/**
 * Installs one Debian package when apt knows it (e.g. `postgresql-client-18` where the sources carry
 * it); false when it cannot (not root, no apt, no such package). Used when a version-specific
 * tool is needed that the default packages do not provide.
 */
export function installAptPackageIfAvailable(name) {
  if (process.getuid?.() !== 0 || !hasCommand("apt-get")) return false;
  const known = () => spawnSync("apt-cache", ["show", name], { stdio: "ignore" }).status === 0;
  if (!known()) {
    spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore" });
    if (!known()) return false;
  }
  log(`安装系统软件包：${name} …`);
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", name], { env: { DEBIAN_FRONTEND: "noninteractive" } });
  return true;
}

/** Generates the Prisma client when the schema changed since the last generation. */
export function ensurePrismaClient() {
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"));
  const hash = createHash("sha256").update(schema).digest("hex");
  const stamp = path.join(root, "lib/generated/.schema-hash");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  log("生成 Prisma 客户端…");
  run("npm", ["run", "--silent", "db:generate"]);
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, hash);
}

/** The published report documents' chart script (scripts/build-islands.mjs); quick, so always rebuilt. */
export function ensureIslands() {
  run("node", ["scripts/build-islands.mjs"]);
}

/** A hash of every tracked and untracked source file, to know whether a build is current. */
export function sourceHash() {
  const files = execSync("git ls-files -co --exclude-standard", { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.startsWith("e2e/") && !f.startsWith("tests/") && !f.endsWith(".test.ts") && existsSync(path.join(root, f)));
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    const stat = statSync(path.join(root, file));
    if (!stat.isFile()) continue;
    hash.update(file);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

/** `next build` unless the current sources were already built. Run ensureIslands() first (the bootstraps do). */
export function ensureBuild() {
  const stamp = path.join(root, ".next", "gongkai-source-hash");
  const hash = sourceHash();
  if (existsSync(stamp) && existsSync(path.join(root, ".next", "BUILD_ID")) && readFileSync(stamp, "utf8") === hash) {
    log("生产构建已是最新，跳过 next build。");
    return;
  }
  log("构建生产版本（next build）…");
  run("npx", ["next", "build"], { env: { NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(stamp, hash);
}
