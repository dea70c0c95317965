import "@/lib/server/server-only";
import { db } from "@/lib/server/db";
import { capPage, offsetOf, pageInfo, type Page, type PageInfo } from "@/lib/public/paging";
import { toPublicUnit } from "./to-public-unit";
import type { UnitWithYears } from "@/lib/public/types";
import { unitOrderSql, unitWhereSql, type UnitFilter } from "./unit-search-sql";

export interface ListUnitsOptions extends UnitFilter {
  page: Page;
}

export interface UnitList {
  units: UnitWithYears[];
  info: PageInfo;
}

interface UnitRow {
  id: string;
  code: string;
  name: string;
  short_name: string;
  region: string;
  category: string;
}

/**
 * One page of active units, filtered by search text (name, short name or code; ranked), region and
 * category, each with the years it has published. Two bounded queries for the page and its count,
 * one for the page's published years (at most pageSize units).
 */
export async function listUnits(options: ListUnitsOptions): Promise<UnitList> {
  const client = db();
  const where = unitWhereSql(options);
  const page = capPage(options.page);
  const [rows, [{ total }]] = await Promise.all([
    client.$queryRaw<UnitRow[]>`SELECT u.id, u.code, u.name, u.short_name, u.region, u.category FROM units u
      WHERE ${where} ORDER BY ${unitOrderSql(options)} LIMIT ${page.pageSize} OFFSET ${offsetOf(page)}`,
    client.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM units u WHERE ${where}`,
  ]);
  const reports = rows.length
    ? await client.report.findMany({
        where: { unitId: { in: rows.map((r) => r.id) }, kind: "UNIT", publishedRevisionId: { not: null } },
        orderBy: { year: "desc" },
        select: {
          unitId: true, year: true, latestPublishedAt: true,
          publishedRevision: { select: { number: true, status: true, publishedAt: true, summary: { select: { firstPublishedAt: true } } } },
        },
      })
    : [];
  const units = rows.map((u) => ({
    ...toPublicUnit({ code: u.code, name: u.name, shortName: u.short_name, region: u.region, category: u.category }),
    publishedYears: reports.flatMap((r) => {
      const revision = r.publishedRevision;
      if (r.unitId !== u.id || revision?.status !== "PUBLISHED" || !revision.publishedAt) return [];
      const first = revision.summary?.firstPublishedAt ?? revision.publishedAt;
      return [{ year: r.year, revisionNumber: revision.number, firstPublishedAt: first, latestPublishedAt: r.latestPublishedAt ?? revision.publishedAt }];
    }),
  }));
  return { units, info: pageInfo(total, page) };
}
