import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import type { TReportKind } from "@/lib/rules/department";
import type { Permission } from "@/lib/rules/permissions";
import { reportWhereFor } from "@/lib/server/auth/scope";
import type { DbClient } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parsePackage, type TPackage } from "@/lib/disclosure/package";

export type ReportKey = { reportId: string } | { unitCode: string; year: number; kind?: TReportKind };

const include = {
  unit: { select: { id: true, code: true, name: true, shortName: true, region: true, category: true } },
  currentRevision: true,
} as const;

/** The same without the revision's two package columns (JSON of tens of KB each). */
const includeWithoutPackages = {
  ...include,
  currentRevision: { omit: { package: true, returnedPackage: true } },
} as const;

/**
 * The report the actor may act on with `permission`, found by id or by unit and year, with its
 * current revision. Scope and role are part of the query: anything else is NOT_FOUND.
 */
export async function loadScopedReport(client: DbClient, actor: Actor, permission: Permission, key: ReportKey) {
  const where = scopedWhere(actor, permission, key);
  const report = where ? await client.report.findFirst({ where, include }) : null;
  if (!report || !report.currentRevision) throw new AppError("NOT_FOUND");
  return { ...report, currentRevision: report.currentRevision };
}

/**
 * loadScopedReport for a caller that does not read the packages (a decision that only changes
 * the status): the same scope and NOT_FOUND, without reading the package JSON.
 */
export async function loadScopedReportStatus(client: DbClient, actor: Actor, permission: Permission, key: ReportKey) {
  const where = scopedWhere(actor, permission, key);
  const report = where ? await client.report.findFirst({ where, include: includeWithoutPackages }) : null;
  if (!report || !report.currentRevision) throw new AppError("NOT_FOUND");
  return { ...report, currentRevision: report.currentRevision };
}

function scopedWhere(actor: Actor, permission: Permission, key: ReportKey) {
  const scope = reportWhereFor(actor, permission);
  return "reportId" in key
    ? /^[0-9a-f-]{36}$/i.test(key.reportId)
      ? { id: key.reportId, ...scope }
      : null
    : { year: key.year, kind: key.kind ?? "UNIT", unit: { code: key.unitCode }, ...scope };
}

/** A stored package, validated; a stored package that fails the schema is a bug, not user error. */
export function storedPackage(value: unknown): TPackage {
  const parsed = parsePackage(value);
  if (!parsed.ok)
    throw new Error(
      `Stored package is invalid: ${parsed.issues
        .slice(0, 3)
        .map((i) => `${i.path} ${i.message}`)
        .join("; ")}`,
    );
  return parsed.package;
}

/** Last year's published package of the same unit and kind, for year-on-year figures; null if none. */
export async function previousPublishedPackage(client: DbClient, unitId: string, year: number, kind: TReportKind = "UNIT"): Promise<TPackage | null> {
  const previous = await client.report.findFirst({
    where: { unitId, year: year - 1, kind, publishedRevisionId: { not: null } },
    select: { publishedRevision: { select: { package: true } } },
  });
  return previous?.publishedRevision ? storedPackage(previous.publishedRevision.package) : null;
}
