import "@/lib/server/server-only";
import { cache } from "react";
import type { KeyFigures } from "@/lib/disclosure/model";
import { db } from "@/lib/server/db";
import { timeliness, type Timeliness } from "@/lib/public/timeliness";
import { getPublishedReport } from "./get-published-report";
import { toPublicUnit } from "./to-public-unit";
import type { PublicRevision, PublicUnit } from "@/lib/public/types";
import { PUBLIC_UNIT_SELECT } from "./unit-select";

export interface UnitYear {
  year: number;
  deadline: Date;
  /** Null when the year is not published (no report, or only a draft: the same to the public). */
  published: { revision: PublicRevision; revisionCount: number; firstPublishedAt: Date; figures: KeyFigures } | null;
  timeliness: Timeliness;
}

export interface UnitOverview {
  unit: PublicUnit;
  years: UnitYear[];
}

/** A unit's page: every fiscal year (newest first) with its status and, when published, its key figures. */
export function getUnitOverview(options: { unitCode: string; now?: Date }): Promise<UnitOverview | null> {
  return cachedUnitOverview(options.unitCode, options.now);
}

// Primitives for React's cache(), which keys on argument identity (see getPublishedReport).
const cachedUnitOverview = cache(async (unitCode: string, now: Date = new Date()): Promise<UnitOverview | null> => {
  const unit = await db().unit.findUnique({ where: { code: unitCode }, select: PUBLIC_UNIT_SELECT });
  if (!unit) return null;
  const fiscalYears = await db().fiscalYear.findMany({ orderBy: { year: "desc" }, select: { year: true, publicationDeadline: true } });
  const years = await Promise.all(
    fiscalYears.map(async ({ year, publicationDeadline }): Promise<UnitYear> => {
      const report = await getPublishedReport({ unitCode, year });
      if (!report) return { year, deadline: publicationDeadline, published: null, timeliness: timeliness(null, publicationDeadline, now) };
      const first = report.revisions[report.revisions.length - 1].publishedAt;
      return {
        year,
        deadline: publicationDeadline,
        published: { revision: report.revision, revisionCount: report.revisions.length, firstPublishedAt: first, figures: report.report.figures },
        timeliness: timeliness(first, publicationDeadline, now),
      };
    }),
  );
  return { unit: toPublicUnit(unit), years };
});
