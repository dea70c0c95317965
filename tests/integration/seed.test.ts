/** `npm run db:seed`'s seedDatabase on a freshly migrated database. */
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageToLineItems } from "../../lib/server/reports/package-rows";
import { withClient } from "../../scripts/db/pg-admin";
import { loadFixture } from "../../scripts/db/seed-data";
import { seedDatabase } from "../../scripts/db/seed-database";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

async function sql<T extends Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  return withClient(url, async (c) => (await c.query(text, params)).rows as T[]);
}

async function tableCounts(url: string) {
  const tables = await sql<{ t: string }>(url, "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  const counts: Record<string, number> = {};
  for (const { t } of tables) counts[t] = Number((await sql<{ n: string }>(url, `SELECT count(*) AS n FROM "${t}"`))[0].n);
  return counts;
}

describe("seedDatabase", () => {
  let db: TestDatabase;
  let firstRun: string[];
  beforeAll(async () => {
    db = await createTestDatabase();
    firstRun = (await seedDatabase(db.prisma)).created;
  });
  afterAll(() => db.drop());

  it("is idempotent: a second run creates nothing and changes no table", async () => {
    expect(firstRun.length).toBeGreaterThan(5);
    const before = await tableCounts(db.url);
    expect((await seedDatabase(db.prisma)).created).toEqual([]);
    expect(await tableCounts(db.url)).toEqual(before);
    expect(before).toMatchObject({ units: 1, users: 3, user_unit_scopes: 2, fiscal_years: 4, reports: 2, revisions: 2 });
    expect(before.classification_codes).toBe(171);
  });

  it("publishes the 2020 report whose line items add up to the published figures", async () => {
    const [{ total }] = await sql<{ total: string }>(
      db.url,
      `SELECT sum(li.amount)::text AS total
       FROM line_items li JOIN reports r ON r.published_revision_id = li.revision_id
       WHERE r.year = 2020 AND li.section = 'income' AND li.field = 'fiscal'`,
    );
    expect(total).toBe("2189400.00");

    const report = await db.prisma.report.findFirstOrThrow({
      where: { year: 2020 },
      include: { publishedRevision: { include: { _count: { select: { lineItems: true } } } } },
    });
    expect(report).toMatchObject({ status: "PUBLISHED", currentRevisionId: report.publishedRevisionId });
    expect(report.latestPublishedAt).toEqual(report.publishedRevision!.publishedAt);
    expect(report.publishedRevision).toMatchObject({ number: 1, status: "PUBLISHED", package: loadFixture() });
    expect(report.publishedRevision!._count.lineItems).toBe(packageToLineItems(loadFixture()).length);
  });

  it("answers 'all 三公 actual spending of published revisions in a year' in one query", async () => {
    const rows = await sql<{ unit: string; field: string; amount: string }>(
      db.url,
      `SELECT u.name AS unit, li.field, li.amount::text AS amount
       FROM reports r JOIN units u ON u.id = r.unit_id JOIN line_items li ON li.revision_id = r.published_revision_id
       WHERE r.year = $1 AND li.section = 'threePublicActual' ORDER BY li.field`,
      [2020],
    );
    expect(rows.map((r) => r.field)).toEqual(["outbound", "reception", "vehicleOperation", "vehiclePurchase"]);
    expect(rows.every((r) => r.unit === "株洲市芦淞区总工会" && r.amount === "0.00")).toBe(true);
  });

  it("opens a 2021 draft with the 2020 texts and no figures", async () => {
    const report = await db.prisma.report.findFirstOrThrow({ where: { year: 2021 }, include: { currentRevision: true } });
    expect(report).toMatchObject({ status: "DRAFT", publishedRevisionId: null, latestPublishedAt: null });
    const pkg = report.currentRevision!.package as ReturnType<typeof loadFixture>;
    expect(report.currentRevision).toMatchObject({ number: 1, status: "DRAFT", version: 1 });
    expect(pkg).toMatchObject({ year: 2021, income: [], generalBudgetExpenditure: [], priorYear: null });
    expect(pkg.overview.duties).toEqual(loadFixture().overview.duties);
    expect(pkg.fiscal.income.generalBudget).toBe("0.00");
  });

  it("creates the demo users with their passwords and scopes", async () => {
    const users = await db.prisma.user.findMany({ include: { scopes: { include: { unit: true } } }, orderBy: { loginName: "asc" } });
    expect(users.map((u) => [u.loginName, u.role, u.scopes.map((s) => s.unit.code)])).toEqual([
      ["admin", "ADMIN", []],
      ["clerk", "CLERK", ["430203-zgh"]],
      ["reviewer", "REVIEWER", ["430203-zgh"]],
    ]);
    for (const user of users) {
      expect(await bcrypt.compare(`${user.loginName}-demo-2020`, user.passwordHash)).toBe(true);
      expect(user.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    }
  });

  it("records what it created in the audit log, without password hashes", async () => {
    const entries = await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } });
    // Creations are the system's; the 2020 report's transitions are its clerk's and reviewer's.
    const created = entries.filter((e) => e.action === "seed.create");
    expect(created.every((e) => e.actorId === null)).toBe(true);
    const transitions = entries.filter((e) => e.action !== "seed.create");
    const [clerk, reviewer] = await Promise.all(["clerk", "reviewer"].map((loginName) => db.prisma.user.findUniqueOrThrow({ where: { loginName } })));
    expect(transitions.map((e) => [e.action, e.actorId, (e.after as { source?: string }).source, e.year])).toEqual([
      ["report.submit", clerk.id, "seed", 2020],
      ["report.approve", reviewer.id, "seed", 2020],
      ["report.publish", reviewer.id, "seed", 2020],
    ]);
    expect(new Set(created.map((e) => e.targetType))).toEqual(
      new Set(["ClassificationCode", "FiscalYear", "Unit", "User", "UserUnitScope", "Report", "Revision"]),
    );
    expect(JSON.stringify(entries.map((e) => e.after))).not.toContain("passwordHash");
  });
});
