import "@/lib/server/server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { capPage, offsetOf, pageInfo, type Page } from "@/lib/public/paging";
import { deadlineDate, type Timeliness } from "@/lib/public/timeliness";
import { toPublicUnit } from "./to-public-unit";
import type { PublicationStatus, StatusRow } from "@/lib/public/types";
import { publicationStateKey } from "./list-fiscal-years";
import { statusFromSql, timelinessRankSql, timelinessSql } from "./publication-status-sql";
import { stateMemo } from "./state-memo";

export interface GetPublicationStatusOptions {
  year: number;
  /** Only the units of this region. */
  region?: string;
  page: Page;
  now?: Date;
  /** Larger pages for internal readers (the streamed CSV); requests stay at MAX_PAGE_SIZE. */
  maxPageSize?: number;
}

export interface ListStatusRowsOptions {
  year: number;
  deadline: Date;
  region?: string;
  now: Date;
  limit: number;
}

export interface ListStatusRowsByCodeOptions extends ListStatusRowsOptions {
  /** Rows of units whose code comes after this one (the last row of the previous batch); from the first without. */
  afterCode?: string;
}

interface Row {
  code: string;
  name: string;
  short_name: string;
  region: string;
  category: string;
  first_published_at: Date | null;
  latest_published_at: Date | null;
  number: number | null;
  timeliness: Timeliness;
}

/**
 * 公开情况 of a fiscal year, one page: active units (of a region, if given) with when they first
 * published (on time or late against the year's publicationDeadline) or that they have not, those
 * needing attention first; the counts are over every unit of the filter, aggregated in SQL. Null
 * for a year the system does not know. A draft shows exactly like no report at all: 未公开.
 */
export async function getPublicationStatus(options: GetPublicationStatusOptions): Promise<PublicationStatus | null> {
  const { year, region } = options;
  const page = capPage(options.page, options.maxPageSize);
  if (!Number.isInteger(year)) return null;
  const client = db();
  const fiscalYear = await client.fiscalYear.findUnique({ where: { year }, select: { publicationDeadline: true } });
  if (!fiscalYear) return null;
  const deadline = fiscalYear.publicationDeadline;
  const now = options.now ?? new Date();
  const [rows, grouped] = await Promise.all([
    client.$queryRaw<Row[]>(statusRowsSql({ year, deadline, region, now, limit: page.pageSize }, offsetOf(page))),
    publicationStateKey(now).then((key) => countsMemo(`${year}/${region ?? ""}/${key}`, { year, deadline, region, now })),
  ]);
  const counts = { onTime: 0, late: 0, pending: 0, overdue: 0, total: 0, published: 0 };
  for (const g of grouped) {
    counts[g.timeliness] = g.count;
    counts.total += g.count;
    if (g.timeliness === "onTime" || g.timeliness === "late") counts.published += g.count;
  }
  return { year, deadline, region: region ?? null, rows: rows.map(statusRow), counts, info: pageInfo(counts.total, page) };
}

const STATUS_COLUMNS = Prisma.sql`u.code, u.name, u.short_name, u.region, u.category, s.first_published_at, r.latest_published_at, s.number`;

/** The board's rows in its order (those needing attention first, then by code): one page. */
export function statusRowsSql(options: ListStatusRowsOptions, offset = 0): Prisma.Sql {
  const timeliness = timelinessSql(Prisma.sql`s.first_published_at`, Prisma.sql`${deadlineDate(options.deadline)}::date`, options.now);
  const where = options.region ? Prisma.sql`u.active AND u.region = ${options.region}` : Prisma.sql`u.active`;
  return Prisma.sql`SELECT ${STATUS_COLUMNS}, ${timeliness} AS timeliness
    FROM ${statusFromSql(options.year)} WHERE ${where}
    ORDER BY ${timelinessRankSql(timeliness)}, u.code LIMIT ${options.limit} OFFSET ${offset}`;
}

/**
 * The board's rows by unit code, `limit` of them after `afterCode` (keyset): walks the units'
 * code (or region, code) index and looks each unit's report and summary up by key, so a batch
 * costs its own rows, not the whole year's join and sort. What the streamed CSV reads.
 */
export function statusRowsByCodeSql(options: ListStatusRowsByCodeOptions): Prisma.Sql {
  const timeliness = timelinessSql(Prisma.sql`s.first_published_at`, Prisma.sql`${deadlineDate(options.deadline)}::date`, options.now);
  const where = [Prisma.sql`u.active`];
  if (options.region) where.push(Prisma.sql`u.region = ${options.region}`);
  if (options.afterCode !== undefined) where.push(Prisma.sql`u.code > ${options.afterCode}`);
  return Prisma.sql`SELECT ${STATUS_COLUMNS}, ${timeliness} AS timeliness
    FROM ${statusFromSql(options.year)} WHERE ${Prisma.join(where, " AND ")}
    ORDER BY u.code LIMIT ${options.limit}`;
}

/** The counts of a year (and region), kept by this worker until the publication state changes. */
const countsMemo = stateMemo((options: Omit<ListStatusRowsOptions, "limit">) => db().$queryRaw<{ timeliness: Timeliness; count: number }[]>(statusCountsSql(options)), 64);

/** The board's counts by timeliness over every unit of the filter. */
export function statusCountsSql(options: Omit<ListStatusRowsOptions, "limit">): Prisma.Sql {
  const timeliness = timelinessSql(Prisma.sql`s.first_published_at`, Prisma.sql`${deadlineDate(options.deadline)}::date`, options.now);
  const where = options.region ? Prisma.sql`u.active AND u.region = ${options.region}` : Prisma.sql`u.active`;
  return Prisma.sql`SELECT ${timeliness} AS timeliness, count(*)::int AS count FROM ${statusFromSql(options.year)} WHERE ${where} GROUP BY 1`;
}

/** `limit` rows of the board by unit code after `afterCode`: the CSV reads the whole year this way, batch by batch. */
export async function listStatusRowsByCode(options: ListStatusRowsByCodeOptions): Promise<StatusRow[]> {
  return (await db().$queryRaw<Row[]>(statusRowsByCodeSql(options))).map(statusRow);
}

function statusRow(r: Row): StatusRow {
  return {
    unit: toPublicUnit({ code: r.code, name: r.name, shortName: r.short_name, region: r.region, category: r.category }),
    firstPublishedAt: r.first_published_at,
    latestPublishedAt: r.first_published_at ? (r.latest_published_at ?? r.first_published_at) : null,
    revisionNumber: r.first_published_at ? r.number : null,
    timeliness: r.timeliness,
  };
}
