/**
 * TLS as shipped (issue 13): Debian's nginx runs deploy/nginx.conf with both its ports (only the
 * addresses and paths rewritten, scripts/lib/nginx-config.ts) and the self-signed pair that
 * `npm run tls:cert` makes, in front of a production server whose NEXTAUTH_URL is the https address.
 * The certificate verifies for 127.0.0.1, the app behind the TLS port sends HSTS (and not behind the
 * plain port), and signing in through the page over https sets only `Secure` session cookies.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { nginxConfigFor } from "../scripts/lib/nginx-config";
import { EXTRA_PORT, startExtraServer, type ExtraServer } from "./support/extra-server";
import { E2E_PORT } from "./support/server";
import { CLERK } from "./support/workspace";

// Debian puts nginx in /usr/sbin, which a non-login PATH may lack.
const NGINX = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
const ROOT = path.resolve(import.meta.dirname, "..");
const TLS_PORT = E2E_PORT + 11;
const HTTP_PORT = E2E_PORT + 12;
const origin = `https://127.0.0.1:${TLS_PORT}`;

let dir: string;
let conf: string;
let server: ExtraServer | undefined;
let nginxStarted = false;

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}${result.stdout}`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-tls-"));
  mkdirSync(path.join(dir, "nginx"));
  run(process.execPath, ["scripts/tls-cert.mjs", "--dir", path.join(dir, "tls"), "127.0.0.1"]);
  server = await startExtraServer({ databaseUrl: process.env.DATABASE_URL!, env: { NEXTAUTH_URL: origin } });
  conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, nginxConfigFor({ upstreamPort: EXTRA_PORT, listenPort: HTTP_PORT, dir, tls: { port: TLS_PORT, certDir: path.join(dir, "tls") } }));
  run(NGINX, ["-p", dir, "-c", conf]);
  nginxStarted = true;
});

test.afterAll(async () => {
  if (nginxStarted) spawnSync(NGINX, ["-p", dir, "-c", conf, "-s", "quit"]);
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A GET that trusts only the certificate tls:cert made (no `rejectUnauthorized: false`). */
function getVerified(url: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const ca = readFileSync(path.join(dir, "tls", "cert.pem"));
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      })
      .on("error", reject);
  });
}

test("the shipped nginx terminates TLS with the certificate tls:cert made; the app sends HSTS only over it", async ({ request }) => {
  const secure = await getVerified(`${origin}/units`);
  expect(secure.status).toBe(200);
  expect(secure.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect(secure.headers["x-frame-options"]).toBe("DENY");

  const plain = await request.get(`http://127.0.0.1:${HTTP_PORT}/units`);
  expect(plain.status()).toBe(200);
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();

  // Another certificate authority's view: the pair is not trusted without its own certificate.
  await expect(new Promise((resolve, reject) => https.get(`${origin}/units`, resolve).on("error", reject))).rejects.toThrow(/self[- ]signed/i);
});

test("signing in over https sets only Secure, httpOnly session cookies and reaches the workspace", async ({ browser }) => {
  // Chromium does not trust the self-signed pair; the certificate itself is verified above.
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${origin}/login`);
  await page.getByLabel("登录名").fill(CLERK.loginName);
  await page.getByLabel("密码").fill(CLERK.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(new RegExp(`^${origin}/workspace`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const cookies = await context.cookies(origin);
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session?.name).toBe("__Secure-next-auth.session-token");
  expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
  for (const cookie of cookies.filter((c) => c.name.includes("next-auth"))) expect(cookie.secure, cookie.name).toBe(true);
  await context.close();
});
