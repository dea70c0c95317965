/**
 * The demo data, written idempotently: everything is looked up by its natural key and only
 * created when missing (existing rows are left as they are, so a demo's edits survive a
 * re-seed). Each creation is recorded in the audit log with the system as actor; the 2020 report
 * is submitted, approved and published through transitionReport, as its clerk and reviewer. One
 * transaction, serialised by an advisory lock, so two seeds at once cannot collide.
 */
import bcrypt from "bcryptjs";
import type { TPackage } from "../../lib/disclosure/package";
import type { DbTransaction, PrismaClient } from "../../lib/server/prisma-client";
import type { Actor } from "../../lib/rules/actor";
import { saveRevisionRows } from "../../lib/server/reports/save-revision-rows";
import { transitionReport } from "../../lib/server/reports/transition-report";
import type { TTransitionRequest } from "../../lib/workspace/review-schemas";
import { writeMissingRevisionSummaries } from "../../lib/server/reports/write-missing-revision-summaries";
import { unitNameKeys } from "../../lib/server/units/name-pinyin";
import { writeMissingUnitNameKeys } from "../../lib/server/units/write-missing-unit-name-keys";
import { writeRevisionSummary } from "../../lib/server/reports/write-revision-summary";
import { SEED_2020_TIMELINE, SEED_USERS, SEED_YEARS, blankPackageFor, loadCodes, loadFixture, publicationDeadline } from "./seed-data";

const SEED_LOCK_KEY = 7_046_152;
const BCRYPT_COST = 10;

export interface SeedSummary {
  /** Human-readable list of what this run created (empty on a re-run). */
  created: string[];
}

export async function seedDatabase(prisma: PrismaClient): Promise<SeedSummary> {
  const fixture = loadFixture();
  const codes = loadCodes();
  // Hash before the transaction: bcrypt is deliberately slow.
  const hashes = new Map<string, string>();
  for (const user of SEED_USERS) hashes.set(user.loginName, await bcrypt.hash(user.password, BCRYPT_COST));

  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const created: string[] = [];
      const audit = (targetType: string, targetId: string, after: object) =>
        tx.auditLog.create({ data: { action: "seed.create", targetType, targetId, after: JSON.parse(JSON.stringify(after)) } });

      const codeCount = (await tx.classificationCode.createMany({ data: codes, skipDuplicates: true })).count;
      if (codeCount > 0) {
        await audit("ClassificationCode", "2020", { validFrom: 2020, count: codeCount });
        created.push(`${codeCount} 个科目编码`);
      }

      for (const year of SEED_YEARS) {
        if (await tx.fiscalYear.findUnique({ where: { year } })) continue;
        const row = await tx.fiscalYear.create({ data: { year, publicationDeadline: publicationDeadline(year) } });
        await audit("FiscalYear", String(year), row);
        created.push(`${year} 年度`);
      }

      let unit = await tx.unit.findUnique({ where: { code: fixture.unit.code } });
      if (!unit) {
        const { code, name, shortName, region, category } = fixture.unit;
        unit = await tx.unit.create({ data: { code, name, ...unitNameKeys(name), shortName, region, category } });
        await audit("Unit", unit.id, unit);
        created.push(`单位 ${unit.name}`);
      }

      for (const spec of SEED_USERS) {
        let user = await tx.user.findUnique({ where: { loginName: spec.loginName } });
        if (!user) {
          const { loginName, displayName, role } = spec;
          user = await tx.user.create({ data: { loginName, displayName, role, passwordHash: hashes.get(loginName)! } });
          // The audit row is JSON: an undefined key is dropped, so the hash is never logged.
          await audit("User", user.id, { ...user, passwordHash: undefined });
          created.push(`用户 ${loginName}`);
        }
        if (spec.scoped) {
          const scope = { userId: user.id, unitId: unit.id };
          if ((await tx.userUnitScope.createMany({ data: [scope], skipDuplicates: true })).count > 0) {
            await audit("UserUnitScope", `${user.id}:${unit.id}`, scope);
          }
        }
      }

      const actorOf = async (loginName: string): Promise<Actor> => {
        const user = await tx.user.findUniqueOrThrow({ where: { loginName } });
        return { id: user.id, loginName, displayName: user.displayName, role: user.role, unitIds: [unit.id] };
      };
      const clerk = await actorOf("clerk");
      const reviewer = await actorOf("reviewer");
      const { submittedAt, approvedAt, publishedAt } = SEED_2020_TIMELINE;
      const published = await seedReport(tx, audit, created, unit.id, fixture, clerk.id);
      if (published) {
        // Published the way a person publishes: through the one transition function, on the seed's timeline.
        let { version } = published;
        const step = async (actor: Actor, at: Date, request: TTransitionRequest) =>
          ({ version } = await transitionReport({ ...request, actor, reportId: published.reportId, version, at, source: "seed", tx }));
        await step(clerk, submittedAt, { transition: "submit" });
        await step(reviewer, approvedAt, { transition: "approve" });
        await step(reviewer, publishedAt, { transition: "publish", secrecyReviewed: true, headApproved: true });
        created.push(`${fixture.year} 年度报告已公开`);
      }
      await seedReport(tx, audit, created, unit.id, blankPackageFor(fixture, 2021), clerk.id);
      // A database seeded before revision_summaries existed gets them now.
      const summaries = await writeMissingRevisionSummaries(tx);
      if (summaries > 0) created.push(`${summaries} 个版本摘要`);
      // Likewise units written before their pinyin keys existed.
      const keys = await writeMissingUnitNameKeys(tx);
      if (keys > 0) created.push(`${keys} 个单位的拼音索引`);
      return { created };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

type Audit = (targetType: string, targetId: string, after: object) => Promise<unknown>;

/** A report for pkg.year with revision 1 as a draft holding `pkg` and its line items, unless it exists. */
async function seedReport(tx: DbTransaction, audit: Audit, created: string[], unitId: string, pkg: TPackage, createdById: string) {
  const year = pkg.year;
  if (await tx.report.findUnique({ where: { unitId_year_kind: { unitId, year, kind: "UNIT" } } })) return null;
  const report = await tx.report.create({ data: { unitId, year, status: "DRAFT" } });
  const revision = await tx.revision.create({ data: { reportId: report.id, number: 1, package: pkg, status: "DRAFT", createdById } });
  const lineItems = await saveRevisionRows(tx, revision.id, pkg);
  await tx.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id } });
  await writeRevisionSummary(tx, revision.id, { package: pkg });
  await audit("Report", report.id, { unitId, year, status: "DRAFT" });
  // The package itself is in the revision; the audit row says what was created.
  await audit("Revision", revision.id, { ...revision, package: undefined, lineItems });
  created.push(`${year} 年度报告（草稿，${lineItems} 行金额）`);
  return { reportId: report.id, version: revision.version };
}
