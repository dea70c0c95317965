/**
 * Local stand-ins for the three public images docker-compose.yml names, for a machine that reaches
 * Debian's packages but no image registry (this project's CI machines; a government intranet with
 * a Debian mirror): a Debian bookworm base made by debootstrap, then node:20-bookworm-slim (with
 * this host's Node.js 20 and npm), postgres:15 (Debian's PostgreSQL 15 with an entrypoint that
 * honours POSTGRES_USER/PASSWORD/DB) and nginx:1.27 (Debian's nginx, stock modules). A tag that
 * already exists, real or stand-in, is left alone. Needs root (debootstrap, docker).
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DOCKERFILES = path.join(ROOT, "deploy/offline-images");
const BASE = "gongkai-offline/bookworm";
const STAND_INS = [
  { tag: "node:20-bookworm-slim", dockerfile: "node.Dockerfile" },
  { tag: "postgres:15", dockerfile: "postgres.Dockerfile" },
  { tag: "nginx:1.27", dockerfile: "nginx.Dockerfile" },
] as const;

function sh(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} 失败（${result.status}）`);
}

const imageExists = (tag: string) => spawnSync("docker", ["image", "inspect", tag], { stdio: "ignore" }).status === 0;

function buildBase(log: (m: string) => void): void {
  if (spawnSync("debootstrap", ["--version"], { stdio: "ignore" }).status !== 0) {
    sh("apt-get", ["install", "-y", "--no-install-recommends", "debootstrap"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "gongkai-rootfs-"));
  try {
    log(`debootstrap bookworm → ${dir} …`);
    sh("debootstrap", ["--variant=minbase", "bookworm", dir, "http://deb.debian.org/debian"], { stdio: "ignore" });
    writeFileSync(
      path.join(dir, "etc/apt/sources.list"),
      ["bookworm", "bookworm-updates"].map((s) => `deb http://deb.debian.org/debian ${s} main\n`).join("") +
        "deb http://deb.debian.org/debian-security bookworm-security main\n",
    );
    for (const d of ["var/cache/apt/archives", "var/lib/apt/lists"]) {
      for (const f of readdirSync(path.join(dir, d))) if (f !== "partial" && f !== "lock") rmSync(path.join(dir, d, f), { recursive: true, force: true });
    }
    const tar = spawnSync("tar", ["-C", dir, "-c", "."], { maxBuffer: 1 << 30 });
    if (tar.status !== 0) throw new Error("tar 失败");
    sh("docker", ["import", "-", BASE], { input: tar.stdout, stdio: ["pipe", "inherit", "inherit"] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The build context of the node stand-in: this host's node binary, npm, and the CA bundle it trusts. */
function nodeContext(context: string): void {
  const major = Number(process.versions.node.split(".")[0]);
  if (major !== 20) throw new Error(`node:20 的替身需要本机的 Node.js 20，实际是 ${process.versions.node}`);
  copyFileSync(process.execPath, path.join(context, "node"));
  const npmRoot = spawnSync("npm", ["root", "-g"], { encoding: "utf8" }).stdout.trim();
  cpSync(path.join(npmRoot, "npm"), path.join(context, "npm"), { recursive: true });
  // Where the egress goes through a TLS-inspecting proxy, npm in the image must trust its CA as the host does.
  const bundle = [process.env.NODE_EXTRA_CA_CERTS, process.env.SSL_CERT_FILE, "/etc/ssl/certs/ca-certificates.crt"].find((f) => f && existsSync(f));
  if (bundle) copyFileSync(bundle, path.join(context, "host-ca-certificates.crt"));
  else writeFileSync(path.join(context, "host-ca-certificates.crt"), "");
}

export function buildOfflineImages(options: { log: (message: string) => void }): void {
  const missing = STAND_INS.filter((s) => !imageExists(s.tag));
  if (missing.length === 0) return options.log("node、postgres、nginx 镜像已在本机");
  if (!imageExists(BASE)) buildBase(options.log);
  for (const image of missing) {
    const context = mkdtempSync(path.join(os.tmpdir(), "gongkai-image-"));
    try {
      cpSync(DOCKERFILES, context, { recursive: true });
      if (image.tag.startsWith("node:")) nodeContext(context);
      options.log(`构建替身镜像 ${image.tag} …`);
      sh("docker", ["build", "-q", "-f", image.dockerfile, "-t", image.tag, "."], { cwd: context });
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  }
}
