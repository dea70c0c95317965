/**
 * `npx tsx scripts/seed-public-demo.ts`: adds the public site's 示例数据 (lib/server/public/demo-data.ts)
 * to DATABASE_URL — invented units with published years, a late publication, an unpublished
 * year and a correction — so that compare, charts and 公开情况 have something to show.
 * Every revision is submitted, approved and published (and corrected) through transitionReport as
 * the system. Idempotent: a unit that exists is left alone. Run after `db:seed` (it needs the fiscal years).
 */
import { parsePackage, type TPackage } from "../lib/disclosure/package";
import { createPrismaClient } from "../lib/server/prisma-client";
import { SYSTEM_ACTOR } from "../lib/rules/actor";
import { saveRevisionRows } from "../lib/server/reports/save-revision-rows";
import { transitionReport } from "../lib/server/reports/transition-report";
import { writeDraftPackage } from "../lib/server/reports/write-draft-package";
import type { TTransitionRequest } from "../lib/workspace/review-schemas";
import { DEMO_UNITS, demoPackage } from "../lib/server/public/demo-data";
import { loadFixture, publicationDeadline } from "./db/seed-data";
import { runScript } from "./lib/run-script";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("请设置 DATABASE_URL");
  const prisma = createPrismaClient(url, { maxConnections: 2 });
  const fixture = loadFixture();
  const created: string[] = [];
  try {
    await prisma.$transaction(
      async (tx) => {
        for (const spec of DEMO_UNITS) {
          if (await tx.unit.findUnique({ where: { code: spec.code } })) continue;
          const unit = await tx.unit.create({ data: { code: spec.code, name: spec.name, shortName: spec.shortName, region: "演示区（示例）", category: "示例数据" } });
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
      { timeout: 60_000 },
    );
    console.log(created.length ? `已写入示例单位：${created.join("、")}` : "示例单位已存在，无需写入");
  } finally {
    await prisma.$disconnect();
  }
}

runScript(main);
