import "@/lib/server/server-only";
import { cache } from "react";
import { renderReport } from "@/lib/disclosure";
import { priorFigures } from "@/lib/disclosure/figures";
import { parsePackage } from "@/lib/disclosure/package";
import { storedGlossary } from "@/lib/public/glossary";
import { db } from "@/lib/server/db";
import { loadCodeSets } from "@/lib/server/codes/load-code-sets";
import { listRevisionAttachments } from "@/lib/server/attachments/list-attachments";
import { storedConsolidatedUnits } from "@/lib/server/reports/consolidated-units";
import { loadPublishedPackage } from "./load-published-package";
import { toPublicUnit } from "./to-public-unit";
import type { PublicRevision, PublishedReport } from "@/lib/public/types";
import { PUBLIC_UNIT_SELECT, PUBLISHED_ONLY } from "./unit-select";

export interface GetPublishedReportOptions {
  unitCode: string;
  year: number;
  /** A published revision's number; the newest published revision when absent. */
  revision?: number;
  /** Default UNIT: the unit's own report. */
  kind?: "UNIT" | "DEPARTMENT";
}

/**
 * A published report as citizens see it: the newest published revision, or the published
 * revision `revision`. Null for an unknown unit, an unpublished year, a draft or a
 * revision number that was never published — the public cannot tell these apart.
 */
export function getPublishedReport(options: GetPublishedReportOptions): Promise<PublishedReport | null> {
  return cachedPublishedReport(options.unitCode, options.year, options.revision, options.kind ?? "UNIT");
}

// React's cache() keys on its arguments by identity: an options object would be a new key on every
// call, so the request-scoped memo takes the options apart into primitives.
const cachedPublishedReport = cache(async (unitCode: string, year: number, revisionNumber: number | undefined, kind: "UNIT" | "DEPARTMENT"): Promise<PublishedReport | null> => {
  if (!Number.isInteger(year)) return null;
  const unit = await db().unit.findUnique({ where: { code: unitCode }, select: { id: true, active: true, ...PUBLIC_UNIT_SELECT } });
  if (!unit) return null;
  const report = await db().report.findUnique({
    where: { unitId_year_kind: { unitId: unit.id, year, kind } },
    select: { id: true, publishedRevisionId: true },
  });
  if (!report?.publishedRevisionId) return null;

  const published = await db().revision.findMany({
    where: { reportId: report.id, ...PUBLISHED_ONLY },
    orderBy: { number: "desc" },
    select: { id: true, number: true, publishedAt: true, changeNote: true },
  });
  const newest = published.find((r) => r.id === report.publishedRevisionId);
  const chosen = revisionNumber === undefined ? newest : published.find((r) => r.number === revisionNumber);
  if (!newest || !chosen) return null;

  const row = await db().revision.findUniqueOrThrow({ where: { id: chosen.id }, select: { package: true, glossary: true, consolidatedUnits: true } });
  const parsed = parsePackage(row.package);
  if (!parsed.ok) throw new Error(`已公开的报告数据包无法读取（${unitCode} ${year}）`);

  const [previous, codeSets, attachments] = await Promise.all([
    loadPublishedPackage({ unitId: unit.id, year: year - 1, kind }),
    loadCodeSets(),
    listRevisionAttachments(db(), chosen.id),
  ]);
  const report_ = renderReport(parsed.package, { previous, codeSets });
  const toPublic = (r: (typeof published)[number]): PublicRevision => ({ number: r.number, publishedAt: r.publishedAt!, changeNote: r.changeNote });

  // The units a department report consolidates, as stored on the revision when its package was
  // written and frozen with it: a subordinate moved, renamed or added later changes nothing here.
  // Only a revision published before that column existed has none: it shows today's tree.
  const members =
    kind === "DEPARTMENT"
      ? (storedConsolidatedUnits(row.consolidatedUnits) ?? [
          { code: unit.code, name: unit.name, own: true },
          ...(await db().unit.findMany({ where: { parentId: unit.id, active: true }, orderBy: { code: "asc" }, select: { code: true, name: true } })).map((u) => ({ ...u, own: false })),
        ])
      : [];
  return {
    unit: toPublicUnit(unit),
    year,
    kind,
    members,
    revision: toPublic(chosen),
    revisions: published.map(toPublic),
    latest: chosen.id === newest.id,
    revisionId: chosen.id,
    pkg: parsed.package,
    report: report_,
    previousFromSystem: previous !== null,
    prior: priorFigures(parsed.package, previous),
    glossary: storedGlossary(row.glossary),
    attachments,
  };
});
