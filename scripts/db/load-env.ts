/**
 * Reads `.env.local` and `.env` from the repository root, as Next.js does for the app, so
 * `npm run db:migrate` / `db:seed` / `db:up` talk to the same DATABASE_URL as `next dev`.
 * Variables already in the environment win; `.env.local` wins over `.env`.
 * (The integration tests do not read these files: they use the real environment only.)
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./paths";

export function loadDotEnv(): void {
  for (const name of [".env.local", ".env"]) {
    const file = path.join(REPO_ROOT, name);
    if (existsSync(file)) process.loadEnvFile(file);
  }
}
