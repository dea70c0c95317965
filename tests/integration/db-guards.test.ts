/** Rules enforced by the database itself (hand-written triggers in the init migration). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withClient } from "../../scripts/db/pg-admin";
import { seedDatabase } from "../../scripts/db/seed-database";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

describe("database guards", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.prisma);
  });
  afterAll(() => db.drop());

  describe("the audit log is append-only", () => {
    it("accepts inserts", async () => {
      const entry = await db.prisma.auditLog.create({
        data: { action: "test.insert", targetType: "Test", targetId: "1", after: { ok: true } },
      });
      expect(entry.id).toBeTypeOf("bigint");
    });

    it("rejects UPDATE and DELETE, leaving the rows as they were", async () => {
      const before = await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } });
      const id = before[0].id;
      await expect(db.prisma.auditLog.update({ where: { id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
      await expect(db.prisma.auditLog.delete({ where: { id } })).rejects.toThrow(/append-only/);
      await expect(db.prisma.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
      await expect(db.prisma.$executeRawUnsafe("UPDATE audit_log SET after = NULL")).rejects.toThrow(/append-only/);
      await expect(withClient(db.url, (c) => c.query("TRUNCATE audit_log"))).rejects.toThrow(/append-only/);
      expect(await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    });
  });

  describe("a published revision is frozen", () => {
    it("rejects a change to its package or status", async () => {
      const published = await db.prisma.revision.findFirstOrThrow({ where: { status: "PUBLISHED" } });
      await expect(db.prisma.revision.update({ where: { id: published.id }, data: { package: { tampered: true } } })).rejects.toThrow(
        /published and cannot be changed/,
      );
      await expect(db.prisma.revision.update({ where: { id: published.id }, data: { status: "DRAFT" } })).rejects.toThrow(/published and cannot be changed/);
      const after = await db.prisma.revision.findUniqueOrThrow({ where: { id: published.id } });
      expect(after.package).toEqual(published.package);
    });

    it("still lets a draft be edited", async () => {
      const draft = await db.prisma.revision.findFirstOrThrow({ where: { status: "DRAFT" } });
      const saved = await db.prisma.revision.update({
        where: { id: draft.id, version: draft.version },
        data: { package: { ...(draft.package as object), year: 2021 }, version: { increment: 1 } },
      });
      expect(saved.version).toBe(draft.version + 1);
    });
  });
});
