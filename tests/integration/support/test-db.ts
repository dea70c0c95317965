/**
 * One database per test file, cloned from the migrated template in well under a second:
 *
 *   const db = await createTestDatabase();
 *   afterAll(() => db.drop());
 *   await db.prisma.unit.findMany();
 */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../../lib/server/prisma-client";
import { dropDatabase, quoteIdent, withClient, withDatabase } from "../../../scripts/db/pg-admin";
import { TEMPLATE_DATABASE, TEST_DATABASE_PREFIX } from "./names";

export interface TestDatabase {
  name: string;
  url: string;
  prisma: PrismaClient;
  /** Disconnects and drops the database. */
  drop(): Promise<void>;
}

/** URL of an existing database on the test server (set by global-setup.ts). */
export function testAdminUrl(): string {
  return inject("testDbAdminUrl") ?? process.env.GONGKAI_TEST_ADMIN_URL!;
}

function freshName(): string {
  return `${TEST_DATABASE_PREFIX}${process.pid}_${randomBytes(4).toString("hex")}`;
}

/** A database with every migration applied (a clone of the template) and a Prisma client on it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = testAdminUrl();
  const name = freshName();
  await withClient(admin, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(TEMPLATE_DATABASE)}`));
  const url = withDatabase(admin, name);
  const prisma = createPrismaClient(url, { maxConnections: 4 });
  return {
    name,
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await dropDatabase(admin, name);
    },
  };
}

/** A database with nothing in it (no migrations), for testing migrations themselves. */
export async function createEmptyDatabase(): Promise<Omit<TestDatabase, "prisma">> {
  const admin = testAdminUrl();
  const name = freshName();
  await withClient(admin, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  return { name, url: withDatabase(admin, name), drop: () => dropDatabase(admin, name) };
}
