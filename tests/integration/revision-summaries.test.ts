/**
 * Revision summaries (docs/decisions/004-revision-summaries.md): written in the same transaction
 * as every revision write, with the checks and key figures the core computes; a refused write
 * leaves the summary as it was; a publication refreshes next year's open draft.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { buildWorld, type World } from "./support/workspace-world";
import { current } from "./support/workspace-mocks";
import { loadFixture } from "../../scripts/db/seed-data";
import { renderReport } from "../../lib/disclosure/render";
import { formatYuan } from "../../lib/disclosure/money";
import type { TPackage } from "../../lib/disclosure/package";

vi.mock("@/lib/server/db", async () => {
  const { currentDb } = await import("./support/workspace-mocks");
  return { db: () => currentDb() };
});

const { saveDraftRevision } = await import("@/lib/server/reports/save-draft-revision");
const { transitionReport } = await import("@/lib/server/reports/transition-report");
const { SYSTEM_ACTOR } = await import("@/lib/rules/actor");
const { DEMO_UNITS, demoPackage } = await import("@/lib/server/public/demo-data");
const { writeRevisionSummary } = await import("@/lib/server/reports/write-revision-summary");

let db: TestDatabase;
let world: World;
const fixture2021 = (): TPackage => ({ ...loadFixture(), year: 2021, priorYear: null });

beforeAll(async () => {
  db = await createTestDatabase();
  current.prisma = db.prisma;
  world = await buildWorld(db.prisma);
});
afterAll(() => db.drop());

const summaryOf = (revisionId: string) => db.prisma.revisionSummary.findUniqueOrThrow({ where: { revisionId } });

describe("revision summaries", () => {
  it("the seed writes one per revision: the published 2020 report's figures are the core's", async () => {
    expect(await db.prisma.revisionSummary.count()).toBe(await db.prisma.revision.count());
    const published = await db.prisma.report.findFirstOrThrow({ where: { year: 2020 }, select: { publishedRevisionId: true } });
    const row = await summaryOf(published.publishedRevisionId!);
    const figures = renderReport(loadFixture()).figures;
    expect(row).toMatchObject({ year: 2020, number: 1, status: "PUBLISHED", blockingErrors: 0, warnings: 1 });
    expect(row.grandTotal.toFixed(2)).toBe(formatYuan(figures.grandTotal));
    expect(row.threePublicActual.toFixed(2)).toBe(formatYuan(figures.threePublicActual));
    expect(row.firstPublishedAt).toEqual(row.publishedAt);
  });

  it("a save rewrites the draft's summary in its transaction; a refused save leaves it", async () => {
    const before = await summaryOf(world.draft.revisionId);
    const { version } = await db.prisma.revision.findUniqueOrThrow({ where: { id: world.draft.revisionId } });
    await saveDraftRevision({ actor: world.clerk, reportId: world.draft.reportId, version, package: fixture2021() });
    const after = await summaryOf(world.draft.revisionId);
    expect(after.grandTotal.toFixed(2)).toBe(formatYuan(renderReport(fixture2021()).figures.grandTotal));
    expect(after.grandTotal.toFixed(2)).not.toBe(before.grandTotal.toFixed(2));
    expect(after.revisionUpdatedAt.getTime()).toBeGreaterThan(before.revisionUpdatedAt.getTime());

    const broken = { ...fixture2021(), balances: { ...fixture2021().balances, closingCarryover: "1.00" } };
    await expect(saveDraftRevision({ actor: world.clerk, reportId: world.draft.reportId, version, package: broken })).rejects.toThrow();
    expect(await summaryOf(world.draft.revisionId)).toEqual(after);

    await saveDraftRevision({ actor: world.clerk, reportId: world.draft.reportId, version: version + 1, package: broken });
    expect((await summaryOf(world.draft.revisionId)).blockingErrors).toBeGreaterThan(0);
    await saveDraftRevision({ actor: world.clerk, reportId: world.draft.reportId, version: version + 2, package: fixture2021() });
  });

  it("submit writes the status and the submission time", async () => {
    const { version } = await db.prisma.revision.findUniqueOrThrow({ where: { id: world.draft.revisionId } });
    await transitionReport({ transition: "submit", actor: world.clerk, reportId: world.draft.reportId, version });
    const row = await summaryOf(world.draft.revisionId);
    expect(row).toMatchObject({ status: "SUBMITTED", submittedById: world.clerk.id, blockingErrors: 0 });
    expect(row.submittedAt).toBeInstanceOf(Date);
  });

  it("publishing a year refreshes next year's open draft (its year-on-year checks change)", async () => {
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: "430203-zgh" } });
    await db.prisma.fiscalYear.create({ data: { year: 2023, publicationDeadline: new Date("2024-09-30") } });
    const make = async (year: number, pkg: TPackage) => {
      const report = await db.prisma.report.create({ data: { unitId: unit.id, year, status: "DRAFT" } });
      const revision = await db.prisma.revision.create({ data: { reportId: report.id, number: 1, package: pkg, status: "DRAFT" } });
      await db.prisma.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id } });
      await db.prisma.$transaction((tx) => writeRevisionSummary(tx, revision.id));
      return { report, revision };
    };
    // 2023 draft with last year's figures differing and no reasons: blocking only once 2022 is published.
    const draft2023 = await make(2023, { ...loadFixture(), year: 2023, priorYear: null, reasons: {} });
    const clean = (await summaryOf(draft2023.revision.id)).blockingErrors;
    // 2022 differs from 2023: the fixture at half its size, balanced (it is published through the checks).
    const fixture = loadFixture();
    const y2022 = await make(2022, { ...demoPackage(fixture, DEMO_UNITS[0], 2022, 50, false), unit: fixture.unit });
    // Published as anything is: through transitionReport (the system as actor, as a script would).
    let { version } = y2022.revision;
    for (const request of [
      { transition: "submit" },
      { transition: "approve" },
      { transition: "publish", secrecyReviewed: true, headApproved: true },
    ] as const) {
      ({ version } = await transitionReport({ ...request, actor: SYSTEM_ACTOR, reportId: y2022.report.id, version, source: "script" }));
    }
    // Now 2023's change against 2022 needs reasons it does not have.
    expect((await summaryOf(draft2023.revision.id)).blockingErrors).toBeGreaterThan(clean);
  });
});
