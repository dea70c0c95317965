/**
 * The one place a PrismaClient is built. No `server-only` here so scripts and tests (tsx,
 * vitest) can use it; the app goes through `db()` in ./db.ts, which is server-only.
 *
 * Prisma 7 needs a driver adapter: @prisma/adapter-pg over node-postgres. The generated
 * client lives in lib/generated/prisma (`npm run db:generate`).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import type { Prisma } from "../generated/prisma/client";

export { PrismaClient };
/** The client passed to `prisma.$transaction(async (tx) => …)` callbacks. */
export type DbTransaction = Prisma.TransactionClient;
/** Either a client or a transaction: for functions that work inside or outside one. */
export type DbClient = PrismaClient | DbTransaction;

export interface PrismaClientOptions {
  /** Pool size (node-postgres `max`); default 10. */
  maxConnections?: number;
}

export function createPrismaClient(url: string, options: PrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}
