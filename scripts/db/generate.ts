/**
 * `npm run db:generate`: Prisma 7's `prisma generate` into lib/generated/prisma.
 *
 * Generation itself needs no engine binary (the client is TypeScript plus a WASM query
 * compiler), but the CLI refuses to start unless PRISMA_SCHEMA_ENGINE_BINARY names an
 * existing file — otherwise it tries to download one, which fails offline. Any existing
 * file will do; we point it at the Node binary.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "./paths";

const result = spawnSync(
  process.execPath,
  [path.join(REPO_ROOT, "node_modules/prisma/build/index.js"), "generate", ...process.argv.slice(2)],
  {
    cwd: REPO_ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  },
);
process.exit(result.status ?? 1);
