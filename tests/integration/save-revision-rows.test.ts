/** saveRevisionRows keeps a revision's line items equal to its package, inside the caller's transaction. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageToLineItems } from "../../lib/server/reports/package-rows";
import { saveRevisionRows } from "../../lib/server/reports/save-revision-rows";
import { loadFixture } from "../../scripts/db/seed-data";
import { seedDatabase } from "../../scripts/db/seed-database";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

describe("saveRevisionRows", () => {
  let db: TestDatabase;
  let draftId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.prisma);
    draftId = (await db.prisma.revision.findFirstOrThrow({ where: { status: "DRAFT" } })).id;
  });
  afterAll(() => db.drop());

  const rowsOf = (revisionId: string) =>
    db.prisma.lineItem.findMany({ where: { revisionId }, orderBy: { id: "asc" }, select: { section: true, code: true, field: true, amount: true } });

  it("replaces the rows rather than adding to them", async () => {
    const pkg = { ...loadFixture(), year: 2021 };
    for (let i = 0; i < 2; i++) {
      await db.prisma.$transaction((tx) => saveRevisionRows(tx, draftId, pkg));
    }
    const rows = await rowsOf(draftId);
    expect(rows.map((r) => ({ ...r, amount: r.amount.toFixed(2) }))).toEqual(packageToLineItems(pkg));
  });

  it("leaves the old rows when the transaction fails", async () => {
    const before = await rowsOf(draftId);
    const emptied = { ...loadFixture(), year: 2021, income: [] };
    await expect(
      db.prisma.$transaction(async (tx) => {
        await saveRevisionRows(tx, draftId, emptied);
        throw new Error("save failed after the rows");
      }),
    ).rejects.toThrow("save failed");
    expect(await rowsOf(draftId)).toEqual(before);
  });
});
