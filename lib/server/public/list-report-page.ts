import "@/lib/server/server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { toPublicUnit } from "./to-public-unit";
import type { PublicUnit } from "@/lib/public/types";
import { PUBLIC_UNIT_SELECT, PUBLISHED_ONLY } from "./unit-select";

export interface ReportPageRow {
  unit: PublicUnit;
  year: number;
  revisionNumber: number;
  latestPublishedAt: Date;
}

export interface ReportPageOptions {
  year?: number;
  /** Units whose code starts with this. */
  unitPrefix?: string;
  region?: string;
  page: number;
  pageSize: number;
}

/** One page of published reports (newest year first, then unit code) and how many match in all. */
export async function listReportPage(options: ReportPageOptions): Promise<{ rows: ReportPageRow[]; total: number }> {
  const where: Prisma.ReportWhereInput = {
    kind: "UNIT",
    publishedRevision: PUBLISHED_ONLY,
    latestPublishedAt: { not: null },
    unit: { active: true, ...(options.unitPrefix ? { code: { startsWith: options.unitPrefix } } : {}), ...(options.region ? { region: options.region } : {}) },
    ...(options.year ? { year: options.year } : {}),
  };
  const [reports, total] = await Promise.all([
    db().report.findMany({
      where,
      orderBy: [{ year: "desc" }, { unit: { code: "asc" } }],
      skip: (options.page - 1) * options.pageSize,
      take: options.pageSize,
      select: { year: true, latestPublishedAt: true, unit: { select: PUBLIC_UNIT_SELECT }, publishedRevision: { select: { number: true } } },
    }),
    db().report.count({ where }),
  ]);
  return {
    rows: reports.map((r) => ({ unit: toPublicUnit(r.unit), year: r.year, revisionNumber: r.publishedRevision!.number, latestPublishedAt: r.latestPublishedAt! })),
    total,
  };
}
