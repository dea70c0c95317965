/**
 * Prisma 7 CLI config. In this project the CLI is used for `prisma generate` only
 * (`npm run db:generate`); migrations are SQL files applied by scripts/db/migrate.ts, and
 * their SQL is produced with Prisma 6 (prisma6.config.ts, `npm run db:migration`).
 * The datasource URL is optional here because generating needs no database.
 */
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(url ? { datasource: { url } } : {}),
});
