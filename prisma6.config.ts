/**
 * Config for Prisma 6 (npm alias `prisma6`), used ONLY to generate migration SQL with
 * `migrate diff` (scripts/db/prisma6-diff.ts). Prisma 7's CLI cannot diff here because it
 * wants to download engines; Prisma 6 with the JS schema engine and a driver adapter can.
 * The adapter must reach some PostgreSQL (it only connects, it changes nothing): the
 * caller passes its URL in GONGKAI_PRISMA6_URL.
 */
import { defineConfig } from "prisma6/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // Prisma 6 and 7 adapters share the driver-adapter interface; only the declared types differ.
  // A short idle timeout lets the CLI exit as soon as it is done instead of after pg's 10 s.
  adapter: async () => new PrismaPg({ connectionString: process.env.GONGKAI_PRISMA6_URL, idleTimeoutMillis: 50 }) as never,
});
