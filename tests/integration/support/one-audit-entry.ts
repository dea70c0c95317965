import { expect } from "vitest";
import type { PrismaClient } from "../../../lib/server/prisma-client";

/** Runs `step` and proves it added exactly one audit entry, with this action. */
export async function oneAuditEntry<T>(prisma: PrismaClient, action: string, step: () => Promise<T>): Promise<T> {
  const before = await prisma.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  const result = await step();
  const added = await prisma.auditLog.findMany({ where: { id: { gt: before?.id ?? 0n } } });
  expect(added.map((e) => e.action)).toEqual([action]);
  return result;
}
