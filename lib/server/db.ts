import "@/lib/server/server-only";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

export type { DbClient, DbTransaction, PrismaClient } from "./prisma-client";

// Kept on globalThis so Next's dev-mode module reloading does not open a new pool per edit.
const holder = globalThis as typeof globalThis & { __gongkaiPrisma?: PrismaClient };

/** The app's Prisma client, created on first use from DATABASE_URL. */
export function db(): PrismaClient {
  if (!holder.__gongkaiPrisma) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    holder.__gongkaiPrisma = createPrismaClient(DATABASE_URL, { maxConnections: DATABASE_POOL_MAX });
  }
  return holder.__gongkaiPrisma;
}
