import "@/lib/server/server-only";
import { cache } from "react";
import type { KeyFigures } from "@/lib/disclosure/model";
import { codeSetForYear, type CodeSet } from "@/lib/disclosure/codes";
import { computeTotals } from "@/lib/disclosure/figures";
import { parsePackage } from "@/lib/disclosure/package";
import { keyFigures } from "@/lib/disclosure/render";
import { db } from "@/lib/server/db";
import { loadCodeSets } from "@/lib/server/codes/load-code-sets";
import { timeliness, type Timeliness } from "@/lib/public/timeliness";
import { toPublicUnit } from "./to-public-unit";
import type { PublicRevision, PublicUnit } from "@/lib/public/types";
import { PUBLIC_UNIT_SELECT, PUBLISHED_ONLY } from "./unit-select";

export interface UnitYear {
  year: number;
  deadline: Date;
  /** Null when the year is not published (no report, or only a draft: the same to the public). */
  published: { revision: PublicRevision; revisionCount: number; firstPublishedAt: Date; figures: KeyFigures } | null;
  timeliness: Timeliness;
  /** The unit has a published department report (部门汇总) of the year. */
  department: boolean;
}

export interface UnitOverview {
  unit: PublicUnit;
  years: UnitYear[];
}

/** What a report row must select for its published figures (publishedFigures). */
const PUBLISHED_FIGURES_SELECT = {
  year: true,
  publishedRevisionId: true,
  revisions: { where: PUBLISHED_ONLY, orderBy: { number: "desc" }, select: { id: true, number: true, publishedAt: true, changeNote: true } },
  publishedRevision: { select: { package: true } },
} as const;

type PublishedFiguresRow = {
  year: number;
  publishedRevisionId: string | null;
  revisions: { id: string; number: number; publishedAt: Date | null; changeNote: string | null }[];
  publishedRevision: { package: unknown } | null;
};

/**
 * The newest published revision of a report and the core's keyFigures of its package, or null
 * when it is not published. keyFigures needs neither last year's package nor the rendered report.
 */
function publishedFigures(unitCode: string, report: PublishedFiguresRow | undefined, codeSets: readonly CodeSet[]): UnitYear["published"] {
  const newest = report?.revisions.find((r) => r.id === report.publishedRevisionId);
  if (!report?.publishedRevision || !newest) return null;
  const parsed = parsePackage(report.publishedRevision.package);
  if (!parsed.ok) throw new Error(`已公开的报告数据包无法读取（${unitCode} ${report.year}）`);
  return {
    revision: { number: newest.number, publishedAt: newest.publishedAt!, changeNote: newest.changeNote },
    revisionCount: report.revisions.length,
    firstPublishedAt: report.revisions[report.revisions.length - 1].publishedAt!,
    figures: keyFigures(parsed.package, computeTotals(parsed.package), codeSetForYear(report.year, codeSets)),
  };
}

/**
 * A unit's page: every fiscal year (newest first) with its status and, when published, its key
 * figures. Three bounded queries whatever the number of years (the unit; the years; the unit's
 * published reports with their published revisions and newest package) and no rendering.
 */
export function getUnitOverview(options: { unitCode: string; now?: Date }): Promise<UnitOverview | null> {
  return cachedUnitOverview(options.unitCode, options.now);
}

// Primitives for React's cache(), which keys on argument identity (see getPublishedReport).
const cachedUnitOverview = cache(async (unitCode: string, now: Date = new Date()): Promise<UnitOverview | null> => {
  const unit = await db().unit.findUnique({ where: { code: unitCode }, select: { id: true, ...PUBLIC_UNIT_SELECT } });
  if (!unit) return null;
  const [fiscalYears, reports, departments, codeSets] = await Promise.all([
    db().fiscalYear.findMany({ orderBy: { year: "desc" }, select: { year: true, publicationDeadline: true } }),
    db().report.findMany({ where: { unitId: unit.id, kind: "UNIT", publishedRevisionId: { not: null } }, select: PUBLISHED_FIGURES_SELECT }),
    db().report.findMany({ where: { unitId: unit.id, kind: "DEPARTMENT", publishedRevisionId: { not: null } }, select: { year: true } }),
    loadCodeSets(),
  ]);
  const departmentYears = new Set(departments.map((d) => d.year));
  const byYear = new Map(reports.map((r) => [r.year, r]));
  const years = fiscalYears.map(({ year, publicationDeadline }): UnitYear => {
    const published = publishedFigures(unitCode, byYear.get(year), codeSets);
    return { year, deadline: publicationDeadline, published, timeliness: timeliness(published?.firstPublishedAt ?? null, publicationDeadline, now), department: departmentYears.has(year) };
  });
  return { unit: toPublicUnit(unit), years };
});

/** One unit's published figures for one year (the /compare table), or null when unknown or unpublished. */
export async function getPublishedKeyFigures(options: { unitCode: string; year: number }): Promise<{ unit: PublicUnit; figures: KeyFigures } | null> {
  const { unitCode, year } = options;
  const unit = await db().unit.findUnique({ where: { code: unitCode }, select: { id: true, ...PUBLIC_UNIT_SELECT } });
  if (!unit || !Number.isInteger(year)) return null;
  const [report, codeSets] = await Promise.all([
    db().report.findUnique({ where: { unitId_year_kind: { unitId: unit.id, year, kind: "UNIT" } }, select: PUBLISHED_FIGURES_SELECT }),
    loadCodeSets(),
  ]);
  const published = publishedFigures(unitCode, report ?? undefined, codeSets);
  return published ? { unit: toPublicUnit(unit), figures: published.figures } : null;
}
