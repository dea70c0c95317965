// `npm run tls:cert [-- host ...] [--dir DIR]`: a self-signed certificate for nginx's TLS port
// (deploy/nginx.conf, 8443), for local use only — browsers warn about it. Writes cert.pem and key.pem
// to deploy/tls (git-ignored; the TLS e2e gives its own --dir); an existing pair is kept unless
// --force. Real certificates: docs/DEPLOY.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const dirAt = args.indexOf("--dir");
if (dirAt >= 0 && !args[dirAt + 1]) {
  console.error("[gongkai] --dir 后须写证书目录");
  process.exit(1);
}
const dir = dirAt >= 0 ? path.resolve(args[dirAt + 1]) : path.join(root, "deploy", "tls");
const force = args.includes("--force");
const hosts = args.filter((a, i) => !a.startsWith("--") && !(dirAt >= 0 && i === dirAt + 1));
const names = hosts.length > 0 ? hosts : ["localhost"];
const cert = path.join(dir, "cert.pem");
const key = path.join(dir, "key.pem");

if (existsSync(cert) && existsSync(key) && !force) {
  console.log(`[gongkai] 已有证书 ${cert}（加 --force 重新生成）`);
  process.exit(0);
}
mkdirSync(dir, { recursive: true });
const san = [...names.map((n) => (/^[\d.]+$|:/.test(n) ? `IP:${n}` : `DNS:${n}`)), "IP:127.0.0.1"].join(",");
const result = spawnSync(
  "openssl",
  [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-sha256",
    "-days",
    "365",
    "-subj",
    `/CN=${names[0]}`,
    "-addext",
    `subjectAltName=${san}`,
    "-keyout",
    key,
    "-out",
    cert,
  ],
  { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" },
);
if (result.status !== 0) {
  console.error(`[gongkai] openssl 生成证书失败（需要 openssl：apt-get install openssl）：${result.stderr ?? result.error?.message ?? ""}`);
  process.exit(1);
}
console.log(`[gongkai] 已生成自签名证书（${san}，365 天）：${cert}、${key}`);
