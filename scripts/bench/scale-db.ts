/**
 * The scale bench's database: N synthetic units × Y years, every report published, in its own
 * embedded PostgreSQL (`.data/scale-pg`, port GONGKAI_SCALE_PG_PORT, default 54331) or on the
 * server of SCALE_DATABASE_URL.
 *
 * Loaded in bulk, not through the app's write path (50,000 transactions of the DAL would take
 * most of an hour on two cores): batches of 500 reports written with fixed-arity `unnest` inserts.
 * What it writes is built by the app's own pure functions — the package by syntheticPackage, its
 * line items by packageToLineItems, its summary by summarizePackage — so the rows are the ones
 * the app would write. Cached: a database named after the generator version and N × Y is reused
 * (only new migrations are applied) until SYNTHETIC_VERSION changes.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { codeSetForYear } from "../../lib/disclosure/codes";
import type { TPackage } from "../../lib/disclosure/package";
import { packageToLineItems } from "../../lib/server/reports/package-rows";
import { summarizePackage, SUMMARY_FIGURES } from "../../lib/server/reports/revision-summary-row";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { unitNameKeys } from "../../lib/server/units/name-pinyin";
import { writeMissingUnitNameKeys } from "../../lib/server/units/write-missing-unit-name-keys";
import { startEmbedded } from "../db/embedded-pg";
import { migrate } from "../db/migrations";
import { REPO_ROOT } from "../db/paths";
import { quoteIdent, withClient, withDatabase } from "../db/pg-admin";
import { seedDatabase } from "../db/seed-database";
import { loadFixture, publicationDeadline } from "../db/seed-data";
import { SYNTHETIC_FIRST_YEAR, SYNTHETIC_VERSION, syntheticPackage, syntheticUnit } from "./synthetic-data";

const BATCH = 500;
const COMPLETE = "gongkai scale bench data: complete";

export interface ScaleDatabase {
  url: string;
  reused: boolean;
  stop(): Promise<void>;
}

/** When unit i first published `year`: spread over the months before the deadline, one in ten late. */
export function publishedAt(i: number, year: number): Date {
  const day = (i * 37 + year * 11) % 200; // from 1 March of the next year
  const late = i % 10 === 3 ? 75 : 0;
  return new Date(Date.UTC(year + 1, 2, 1 + day + late, 2, (i * 7) % 60));
}

export async function scaleDatabase(units: number, years: number, log: (m: string) => void): Promise<ScaleDatabase> {
  let adminUrl = process.env.SCALE_DATABASE_URL;
  let stop: () => Promise<void> = async () => {};
  if (!adminUrl) {
    const port = Number(process.env.GONGKAI_SCALE_PG_PORT) || 54331;
    const server = await startEmbedded({ dataDir: path.join(REPO_ROOT, ".data/scale-pg"), port, fast: true, log });
    adminUrl = server.adminUrl;
    stop = server.stop;
  }
  const name = `gongkai_scale_v${SYNTHETIC_VERSION}_${units}x${years}`;
  const url = withDatabase(adminUrl, name);
  const complete = await withClient(adminUrl, async (c) => {
    const r = await c.query("SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1", [name]);
    return r.rows[0]?.note === COMPLETE;
  });
  if (complete) {
    await migrate({ url });
    await fillMissingUnitNameKeys(url); // a database built before the unit_name_pinyin migration
    log(`复用已建好的数据库 ${name}`);
    return { url, reused: true, stop };
  }
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
  await migrate({ url });
  const prisma = createPrismaClient(url);
  try {
    await seedDatabase(prisma); // codes, users (admin, reviewer, clerk), the reference unit
    for (let y = 0; y < years; y++) {
      const year = SYNTHETIC_FIRST_YEAR + y;
      await prisma.fiscalYear.upsert({ where: { year }, update: {}, create: { year, publicationDeadline: publicationDeadline(year) } });
    }
  } finally {
    await prisma.$disconnect();
  }
  const started = Date.now();
  await withClient(url, async (c) => {
    const unitIds: string[] = [];
    for (let start = 0; start < units; start += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, units - start) }, (_, k) => ({ i: start + k, id: randomUUID(), info: syntheticUnit(start + k) }));
      await c.query(
        `INSERT INTO units (id, code, name, short_name, region, category, name_pinyin, name_initial, updated_at)
         SELECT id, code, name, short_name, region, category, name_pinyin, name_initial, now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
           AS t(id, code, name, short_name, region, category, name_pinyin, name_initial)`,
        [
          batch.map((u) => u.id),
          ...(["code", "name", "shortName", "region", "category"] as const).map((k) => batch.map((u) => u.info[k])),
          ...(["namePinyin", "nameInitial"] as const).map((k) => batch.map((u) => unitNameKeys(u.info.name)[k])),
        ],
      );
      unitIds.push(...batch.map((u) => u.id));
    }
    const reference = loadFixture();
    // Line items are most of the rows: their indexes are built once at the end, not row by row.
    const indexes = (await c.query("SELECT indexdef, indexname FROM pg_indexes WHERE tablename = 'line_items' AND indexname <> 'line_items_pkey'")).rows as {
      indexdef: string;
      indexname: string;
    }[];
    for (const index of indexes) await c.query(`DROP INDEX ${quoteIdent(index.indexname)}`);
    // The guard that freezes a published revision's line items (the app writes them with the
    // draft, before publication) would refuse this load, which writes published revisions whole,
    // and costs a lookup per row: off for the load, back on before the database is used.
    await c.query("ALTER TABLE line_items DISABLE TRIGGER line_items_published_frozen");
    // Likewise the published sums (docs/decisions/007): one set-based pass at the end, once the
    // line items' index is back, rather than one lookup per report into an unindexed table.
    await c.query("ALTER TABLE reports DISABLE TRIGGER reports_write_published_line_sums");
    const perBatch = Math.max(1, Math.floor(BATCH / years));
    for (let start = 0; start < units; start += perBatch) {
      await c.query("BEGIN");
      await loadBatch(c, reference, unitIds, start, Math.min(perBatch, units - start), years);
      await c.query("COMMIT");
      const done = Math.min(units, start + perBatch);
      if (done % 1000 < perBatch || done === units) log(`${done}个单位 × ${years}年已写入（${((Date.now() - started) / 1000).toFixed(0)} 秒）`);
    }
    log("重建 line_items 索引 …");
    for (const index of indexes) await c.query(index.indexdef);
    await c.query("ALTER TABLE line_items ENABLE TRIGGER line_items_published_frozen");
    log("汇总已公开报告的行 …");
    await c.query(`SELECT rewrite_published_line_sums(ARRAY(SELECT id FROM reports WHERE published_revision_id IS NOT NULL))`);
    await c.query("ALTER TABLE reports ENABLE TRIGGER reports_write_published_line_sums");
    log("VACUUM ANALYZE …");
    await c.query("VACUUM ANALYZE");
    await c.query(`COMMENT ON DATABASE ${quoteIdent(name)} IS '${COMPLETE}'`);
  });
  log(`已建好 ${name}：${units}个单位 × ${years}年（${((Date.now() - started) / 1000).toFixed(0)} 秒）`);
  return { url, reused: false, stop };
}

async function fillMissingUnitNameKeys(url: string): Promise<void> {
  const prisma = createPrismaClient(url);
  try {
    await writeMissingUnitNameKeys(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** Units start…start+count, every year: reports, their published revision 1, line items and summaries. */
async function loadBatch(c: pg.Client, reference: TPackage, unitIds: string[], start: number, count: number, years: number) {
  const reports = Array.from({ length: count }, (_, k) => start + k).flatMap((i) => {
    let previous: TPackage | null = null;
    return Array.from({ length: years }, (_, y) => {
      const year = SYNTHETIC_FIRST_YEAR + y;
      const pkg = syntheticPackage(reference, i, year);
      const summary = summarizePackage(pkg, previous, codeSetForYear(year), "UNIT");
      previous = pkg;
      return { i, year, unitId: unitIds[i], reportId: randomUUID(), revisionId: randomUUID(), pkg, at: publishedAt(i, year), summary };
    });
  });
  const col = <T>(f: (r: (typeof reports)[number]) => T) => reports.map(f);
  await c.query(
    `INSERT INTO reports (id, unit_id, year, status, latest_published_at, updated_at)
     SELECT id, unit_id, year, 'PUBLISHED', at, at FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::timestamptz[]) AS t(id, unit_id, year, at)`,
    [col((r) => r.reportId), col((r) => r.unitId), col((r) => r.year), col((r) => r.at)],
  );
  await c.query(
    `INSERT INTO revisions (id, report_id, number, package, status, version, created_at, updated_at, submitted_at, approved_at, published_at)
     SELECT id, report_id, 1, pkg::jsonb, 'PUBLISHED', 3, at - interval '20 days', at, at - interval '10 days', at - interval '3 days', at
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[]) AS t(id, report_id, pkg, at)`,
    [col((r) => r.revisionId), col((r) => r.reportId), col((r) => JSON.stringify(r.pkg)), col((r) => r.at)],
  );
  const items = reports.flatMap((r) => packageToLineItems(r.pkg).map((row) => [r.revisionId, row.section, row.code, row.field, row.amount] as const));
  await c.query(
    `INSERT INTO line_items (revision_id, section, code, field, amount)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::numeric[])`,
    [0, 1, 2, 3, 4].map((k) => items.map((row) => row[k])),
  );
  // After the line items, as the app publishes (the published sums are written at the end of the load).
  await c.query(
    `UPDATE reports SET current_revision_id = t.rev, published_revision_id = t.rev FROM unnest($1::uuid[], $2::uuid[]) AS t(id, rev) WHERE reports.id = t.id`,
    [col((r) => r.reportId), col((r) => r.revisionId)],
  );
  const figureColumns = SUMMARY_FIGURES.map((f) => f.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`));
  await c.query(
    `INSERT INTO revision_summaries (revision_id, report_id, unit_id, year, number, status, blocking_errors, warnings,
       ${figureColumns.join(", ")}, submitted_at, published_at, first_published_at, revision_updated_at)
     SELECT rev, rep, unit, year, 1, 'PUBLISHED', errors, warnings, ${figureColumns.map((_, k) => `f[${k + 1}]`).join(", ")},
       at - interval '10 days', at, at, at
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::int[], $6::int[], $7::timestamptz[], $8::text[]) AS t(rev, rep, unit, year, errors, warnings, at, figs),
       LATERAL (SELECT string_to_array(figs, ',')::numeric[] AS f) AS parsed`,
    [
      col((r) => r.revisionId),
      col((r) => r.reportId),
      col((r) => r.unitId),
      col((r) => r.year),
      col((r) => r.summary.blockingErrors),
      col((r) => r.summary.warnings),
      col((r) => r.at),
      col((r) => SUMMARY_FIGURES.map((f) => r.summary.figures[f]).join(",")),
    ],
  );
}
