/**
 * A year's zip download that the reader abandons stops reading the database: the line-item CSV
 * inside it (here an endless stand-in that counts its reads) is cancelled with the download, not
 * left running for nobody (found by the scale bench: a query of an abandoned download failed
 * seconds later, uncaught, when the database stopped).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "../../scripts/db/seed-database";
import { seedPublicDemo } from "../../scripts/db/seed-public-demo-data";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

const csv = vi.hoisted(() => ({ reads: 0, cancelled: false }));

vi.mock("@/lib/server/open-data/stream-line-items-csv", () => ({
  streamLineItemsCsv: () =>
    new ReadableStream<Uint8Array>({
      pull(controller) {
        csv.reads++;
        controller.enqueue(new TextEncoder().encode(`${"x".repeat(1000)}\r\n`));
      },
      cancel() {
        csv.cancelled = true;
      },
    }),
}));

const { streamOpenDataZip } = await import("@/lib/server/open-data/stream-open-data-zip");

const holder = globalThis as typeof globalThis & { __gongkaiPrisma?: unknown };
let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDatabase(testDb.prisma);
  await seedPublicDemo(testDb.prisma);
  holder.__gongkaiPrisma = testDb.prisma;
});

afterAll(async () => {
  delete holder.__gongkaiPrisma;
  await testDb.drop();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe("an abandoned open-data zip", { timeout: 60_000 }, () => {
  it("cancels the CSV it was reading, which is read no more", async () => {
    const reader = (await streamOpenDataZip({ year: 2020, baseUrl: null })).getReader();
    // Read until the CSV is being zipped (the endless stand-in never finishes).
    while (csv.reads < 50) expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    await settle();
    expect(csv.cancelled).toBe(true);
    const reads = csv.reads;
    await settle();
    expect(csv.reads).toBe(reads);
  });
});
