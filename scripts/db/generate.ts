/**
 * `npm run db:generate`: Prisma 7's `prisma generate` into lib/generated/prisma.
 *
 * Generation itself needs no engine binary (the client is TypeScript plus a WASM query
 * compiler), but the CLI refuses to start unless PRISMA_SCHEMA_ENGINE_BINARY names an
 * existing file — otherwise it tries to download one, which fails offline. Any existing
 * file will do; we point it at the Node binary.
 *
 * Also importable: ensureGeneratedClient() regenerates only when schema.prisma changed
 * since the last generation (same stamp as scripts/lib/bootstrap.mjs).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT, SCHEMA_PATH } from "./paths";

const STAMP = path.join(REPO_ROOT, "lib/generated/.schema-hash");
const CLIENT = path.join(REPO_ROOT, "lib/generated/prisma/client.ts");

const schemaHash = () => createHash("sha256").update(readFileSync(SCHEMA_PATH)).digest("hex");

/** Runs `prisma generate`; returns its exit status. */
export function generateClient(extraArgs: string[] = [], quiet = false): number {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "node_modules/prisma/build/index.js"), "generate", ...extraArgs], {
    cwd: REPO_ROOT,
    stdio: quiet ? "pipe" : "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.status === 0) {
    mkdirSync(path.dirname(STAMP), { recursive: true });
    writeFileSync(STAMP, schemaHash());
  } else if (quiet) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
  }
  return result.status ?? 1;
}

/** Generates the client if it is missing or older than schema.prisma. */
export function ensureGeneratedClient(): void {
  const current = existsSync(CLIENT) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === schemaHash();
  if (current) return;
  process.stderr.write("[db] 生成 Prisma 客户端…\n");
  if (generateClient([], true) !== 0) throw new Error("prisma generate 失败");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(generateClient(process.argv.slice(2)));
}
