/**
 * The demo: a real PostgreSQL (the embedded default in .data/demo-pg, or DATABASE_URL), migrated and
 * seeded, and the production build served by scripts/start-server.mjs (`next start` workers). Ctrl-C stops the server, then the database.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ensureDatabase } from "./db/ensure-db";
import { DEMO_LOGINS } from "./lib/demo-logins";

const root = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? "127.0.0.1";

function step(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} 失败`);
}

/** A stable secret for the demo's sessions, made once and kept in .data/ (git-ignored). */
function demoSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, ".data", "demo-nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const database = await ensureDatabase({ purpose: "demo" });
  const env = {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: demoSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://${HOST}:${PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  let server: ReturnType<typeof spawn> | null = null;
  const shutdown = async (code: number) => {
    server?.kill("SIGTERM");
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    step("npm", ["run", "--silent", "db:migrate"], env);
    step("npm", ["run", "--silent", "db:seed"], env);
    step("npm", ["run", "--silent", "db:seed-public-demo"], env);
    step("node", ["-e", "import('./scripts/lib/bootstrap.mjs').then(m => m.ensureBuild())"], env);
  } catch (error) {
    console.error(`[gongkai] ${(error as Error).message}`);
    await shutdown(1);
  }

  // The production server (one Next worker per core) under node directly (not npx), so that
  // SIGTERM reaches it; it stops its workers.
  server = spawn(process.execPath, [path.join(root, "scripts/start-server.mjs"), "-H", HOST, "-p", String(PORT)], {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, ...env },
  });
  server.on("exit", (code) => void shutdown(code ?? 0));

  const address = `http://${HOST}:${PORT}`;
  console.log(`\n公开 演示已启动：${address}\n数据库：${database.url}\n\n演示账号（仅供本地演示）：`);
  for (const login of DEMO_LOGINS) console.log(`  ${login.role.padEnd(8)} 用户名 ${login.loginName.padEnd(9)} 密码 ${login.password}`);
  console.log("\n按 Ctrl-C 停止服务和数据库。\n");
}

void main();
