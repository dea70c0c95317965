/**
 * The public site's 示例数据 (lib/server/public/demo-data.ts) written to a database: invented units
 * with published years, a late publication, an unpublished year and a correction, each published
 * (and corrected) through transitionReport as the system. Idempotent: a
 * unit that exists is left alone. Needs the seed's fiscal years and codes. Used by
 * scripts/seed-public-demo.ts and by integration tests that need several units.
 */
import type { PrismaClient } from "../../lib/server/prisma-client";
import { parsePackage, type TPackage } from "../../lib/disclosure/package";
import { saveRevisionRows } from "../../lib/server/reports/save-revision-rows";
import { writeRevisionSummary } from "../../lib/server/reports/write-revision-summary";
import { unitNameKeys } from "../../lib/server/units/name-pinyin";
import { SYSTEM_ACTOR } from "../../lib/rules/actor";
import { transitionReport } from "../../lib/server/reports/transition-report";
import { writeDraftPackage } from "../../lib/server/reports/write-draft-package";
import type { TTransitionRequest } from "../../lib/workspace/review-schemas";
import { DEMO_UNITS, demoPackage } from "../../lib/server/public/demo-data";
import { loadFixture, publicationDeadline } from "./seed-data";

/** Writes the demo units; returns the names of those it created. */
export async function seedPublicDemo(prisma: PrismaClient): Promise<string[]> {
  const fixture = loadFixture();
  const created: string[] = [];
  await prisma.$transaction(
    async (tx) => {
      for (const spec of DEMO_UNITS) {
        if (await tx.unit.findUnique({ where: { code: spec.code } })) continue;
        const unit = await tx.unit.create({
          data: { code: spec.code, name: spec.name, ...unitNameKeys(spec.name), shortName: spec.shortName, region: "演示区（示例）", category: "示例数据" },
        });
        await tx.auditLog.create({ data: { action: "seed.create", targetType: "Unit", targetId: unit.id, after: { code: spec.code, demo: true } } });
        created.push(spec.name);
        let previousPublished = false;
        for (const r of spec.reports) {
          await tx.fiscalYear.upsert({ where: { year: r.year }, update: {}, create: { year: r.year, publicationDeadline: publicationDeadline(r.year) } });
          if (r.revisions.length === 0) {
            previousPublished = false;
            continue; // not published: no report at all
          }
          const report = await tx.report.create({ data: { unitId: unit.id, year: r.year, status: "DRAFT" } });
          let version = 0;
          for (const [i, rev] of r.revisions.entries()) {
            const pkg: TPackage = demoPackage(fixture, spec, r.year, rev.scale ?? r.scale, previousPublished);
            const parsed = parsePackage(JSON.parse(JSON.stringify(pkg)));
            if (!parsed.ok) throw new Error(`示例数据包无效：${spec.code} ${r.year}`);
            const at = rev.publishedAt;
            const step = async (request: TTransitionRequest) =>
              ({ version } = await transitionReport({ ...request, actor: SYSTEM_ACTOR, reportId: report.id, version, at, source: "seed", tx }));
            if (i === 0) {
              const first = await tx.revision.create({ data: { reportId: report.id, number: 1, package: pkg, status: "DRAFT", createdAt: at } });
              await tx.report.update({ where: { id: report.id }, data: { currentRevisionId: first.id } });
              await saveRevisionRows(tx, first.id, pkg);
              await writeRevisionSummary(tx, first.id, { package: pkg });
              version = first.version;
            } else {
              // A correction, as a person makes one: revision n+1 with its note, new content, published.
              await step({ transition: "correct", changeNote: rev.changeNote ?? "更正（示例）" });
              ({ version } = await writeDraftPackage({ actor: SYSTEM_ACTOR, reportId: report.id, version, package: pkg, action: "revision.import", tx }));
            }
            await step({ transition: "submit" });
            await step({ transition: "approve" });
            await step({ transition: "publish", secrecyReviewed: true, headApproved: true });
          }
          previousPublished = true;
        }
      }
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return created;
}
