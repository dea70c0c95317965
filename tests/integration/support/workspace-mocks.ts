/**
 * Shared state for the vi.mock factories of the workspace tests: which database `db()` returns
 * and who the session says is signed in. Each test file declares the mocks (vi.mock is hoisted
 * per file) and points them here.
 */
import type { Actor } from "../../../lib/rules/actor";
import type { PrismaClient } from "../../../lib/server/prisma-client";

export const current: { prisma: PrismaClient | null; actor: Actor | null } = { prisma: null, actor: null };

export function currentDb(): PrismaClient {
  if (!current.prisma) throw new Error("test database not set");
  return current.prisma;
}
