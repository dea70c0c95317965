/**
 * `npm run compose:smoke`: starts docker-compose.yml for real (a throwaway project "gongkai-smoke"
 * with its own volumes and generated secrets), checks what IT staff would check after
 * `docker compose up -d`, and takes it down again.
 *
 *   npm run compose:smoke                      images from a registry (Docker Hub)
 *   npm run compose:smoke -- --offline-images  no registry: local stand-ins for node, postgres and
 *                                              nginx built from Debian (deploy/offline-images)
 *   npm run compose:smoke -- --keep            leaves the stack running afterwards
 *   npm run compose:smoke -- --no-build        uses the images as last built
 *
 * Needs a running Docker engine and `docker compose` (or Debian's docker-compose 1.29). Not part of
 * `npm test`: building the images takes minutes. Ports 8080 and 8443 must be free.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import https from "node:https";
import http from "node:http";
import path from "node:path";
import { buildOfflineImages } from "./lib/offline-images";
import { runScript } from "./lib/run-script";

const ROOT = path.resolve(import.meta.dirname, "..");
const PROJECT = process.env.COMPOSE_PROJECT_NAME || "gongkai-smoke";
const ORIGIN = "https://127.0.0.1:8443";
/** The seed's published 2020 report (scripts/db/seed-data.ts). */
const DEMO_UNIT = { code: "430203-zgh", name: "株洲市芦淞区总工会" };
const args = new Set(process.argv.slice(2));

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function run(command: string, argv: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, argv, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20, ...options });
  if (result.status !== 0)
    throw new Error(
      `${command} ${argv.join(" ")} 失败（${result.status}）：\n${String(result.stderr ?? "").slice(-4000)}${String(result.stdout ?? "").slice(-2000)}`,
    );
  return String(result.stdout ?? "");
}

/** `docker compose` (v2) or Debian's `docker-compose` 1.29, which honours `deploy.replicas` only with --compatibility. */
function composeCommand(): [string, string[]] {
  if (spawnSync("docker", ["compose", "version"]).status === 0) return ["docker", ["compose"]];
  if (spawnSync("docker-compose", ["version"]).status === 0) return ["docker-compose", ["--compatibility"]];
  throw new Error("没有找到 docker compose 或 docker-compose");
}

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  // The self-signed certificate of `npm run tls:cert` is the trust anchor, as a browser told to trust it would.
  const ca = target.protocol === "https:" ? readFileSync(path.join(ROOT, "deploy/tls/cert.pem")) : undefined;
  return new Promise((resolve, reject) => {
    const req = client.request(target, { method: options.method ?? "GET", headers: options.headers, ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

async function waitFor(what: string, seconds: number, probe: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${seconds} 秒内未就绪：${what}`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

function cookiesOf(reply: Reply): string[] {
  return (reply.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!);
}

async function main() {
  const [composeBin, composeArgs] = composeCommand();
  const env = {
    ...process.env,
    COMPOSE_PROJECT_NAME: PROJECT,
    POSTGRES_PASSWORD: randomBytes(12).toString("hex"),
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: ORIGIN,
  };
  const compose = (...argv: string[]) => run(composeBin, [...composeArgs, ...argv], { env });
  const results: [string, string][] = [];
  const pass = (check: string, detail: string) => {
    results.push([check, detail]);
    console.log(`✓ ${check}：${detail}`);
  };

  if (args.has("--offline-images")) buildOfflineImages({ log: (m) => console.log(m) });
  if (!existsSync(path.join(ROOT, "deploy/tls/cert.pem"))) run(process.execPath, ["scripts/tls-cert.mjs"]);

  const started = Date.now();
  try {
    console.log(args.has("--no-build") ? "启动（docker compose up -d）…" : "构建并启动（docker compose up -d --build）…");
    compose("up", "-d", ...(args.has("--no-build") ? [] : ["--build"]));
    const apps = compose("ps", "-q", "app").split("\n").filter(Boolean);
    if (apps.length !== 2) throw new Error(`应有 2 个 app 副本，实际 ${apps.length} 个`);
    await waitFor("两个 app 副本的健康检查", 180, () =>
      apps.every((id) => run("docker", ["inspect", "-f", "{{.State.Health.Status}}", id]).trim() === "healthy"),
    );
    pass("启动", `迁移完成，2 个 app 副本健康（${Math.round((Date.now() - started) / 1000)} 秒，含构建）`);

    await waitFor("nginx 的 https 端口", 60, async () => (await request(`${ORIGIN}/api/health`)).status === 200);
    const health = await request(`${ORIGIN}/api/health`);
    if (JSON.parse(health.body.toString()).database !== "ok") throw new Error(`健康检查：${health.body}`);
    for (const header of ["strict-transport-security", "content-security-policy", "x-content-type-options", "referrer-policy"]) {
      if (!health.headers[header]) throw new Error(`https 应答缺少 ${header}`);
    }
    // The plain port serves too (an internal proxy may sit in front), never with HSTS.
    const plain = await request("http://127.0.0.1:8080/api/health");
    if (plain.status !== 200 || plain.headers["strict-transport-security"])
      throw new Error(`8080：${plain.status}，HSTS ${plain.headers["strict-transport-security"]}`);
    pass("nginx", "https 8443 用自签名证书验证通过，带 HSTS、CSP 等安全头；8080 明文端口无 HSTS");

    const created = compose("run", "--rm", "-T", "migrate", "npm", "run", "--silent", "admin:create", "--", "smoke-admin", "冒烟测试管理员");
    const password = /一次性密码.*\n\s+(\S+)/.exec(created)?.[1];
    if (!password) throw new Error(`admin:create 没有给出一次性密码：\n${created}`);
    const csrf = await request(`${ORIGIN}/api/auth/csrf`);
    const csrfCookies = cookiesOf(csrf);
    const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
    const signIn = await request(`${ORIGIN}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; "), origin: ORIGIN },
      body: new URLSearchParams({ csrfToken, loginName: "smoke-admin", password, json: "true" }).toString(),
    });
    const session = cookiesOf(signIn).find((c) => c.startsWith("__Secure-next-auth.session-token="));
    if (!session) throw new Error(`登录失败：${signIn.status} ${signIn.body}`);
    // The session lives in PostgreSQL, so each replica, asked directly on the compose network, knows it.
    for (const id of apps) {
      const page = run("docker", [
        "exec",
        id,
        "node",
        "-e",
        `fetch("http://127.0.0.1:3000/workspace/password",{headers:{cookie:${JSON.stringify(session)}}}).then(async r=>console.log(r.status, (await r.text()).includes("修改密码")))`,
      ]);
      if (page.trim() !== "200 true") throw new Error(`副本 ${id.slice(0, 12)} 不认这个会话：${page}`);
    }
    pass("首个管理员", "admin:create 给出一次性密码；经 nginx 登录，Secure 会话在两个副本上都有效，首次登录须改密码");

    compose("run", "--rm", "-T", "migrate", "npm", "run", "--silent", "db:seed");
    const reportUrl = `${ORIGIN}/units/${DEMO_UNIT.code}/2020`;
    const first = await request(reportUrl);
    const second = await request(reportUrl);
    if (first.status !== 200 || !first.body.toString().includes(DEMO_UNIT.name)) throw new Error(`报告页：${first.status}`);
    if (second.headers["x-cache-status"] !== "HIT") throw new Error(`第二次请求应命中 nginx 缓存，实际 ${second.headers["x-cache-status"]}`);
    const pdf = await request(`${ORIGIN}/api/v1/units/${DEMO_UNIT.code}/reports/2020/report.pdf`);
    if (pdf.status !== 200 || pdf.body.subarray(0, 5).toString() !== "%PDF-") throw new Error(`PDF：${pdf.status}`);
    const pdfDir = mkdtempSync(path.join(os.tmpdir(), "gongkai-smoke-"));
    writeFileSync(path.join(pdfDir, "report.pdf"), pdf.body);
    const pdfText = spawnSync("pdftotext", [path.join(pdfDir, "report.pdf"), "-"], { encoding: "utf8" });
    rmSync(pdfDir, { recursive: true, force: true });
    if (pdfText.status === 0 && !pdfText.stdout.includes("收入支出决算总表")) throw new Error("PDF 的文字里没有 收入支出决算总表");
    pass(
      "公开页面",
      `报告页 200，再次请求命中 nginx 缓存；容器里的 Chromium 印出 PDF（${Math.round(pdf.body.length / 1024)} KB${pdfText.status === 0 ? "，文字可提取" : ""}）`,
    );

    const stopStarted = Date.now();
    compose("stop", "app");
    const codes = apps.map((id) => run("docker", ["inspect", "-f", "{{.State.ExitCode}}", id]).trim());
    if (codes.some((c) => c !== "0")) throw new Error(`app 停止时的退出码：${codes.join(", ")}`);
    pass("停止", `两个副本收到 SIGTERM 后正常退出（退出码 0，${((Date.now() - stopStarted) / 1000).toFixed(1)} 秒）`);
  } catch (error) {
    console.error(spawnSync(composeBin, [...composeArgs, "logs", "--tail", "40"], { cwd: ROOT, env, encoding: "utf8" }).stdout);
    throw error;
  } finally {
    if (!args.has("--keep")) compose("down", "-v", "--remove-orphans");
  }
  console.log(`\ndocker compose 冒烟检查全部通过（${results.length} 项，${Math.round((Date.now() - started) / 1000)} 秒）`);
}

runScript(main);
