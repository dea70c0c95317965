import "@/lib/server/server-only";
import { departmentReportJson, reportJson } from "@/lib/public/api-json";
import { ZDepartmentReport, ZReport } from "@/lib/public/api/schemas";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { PublishedResponseCache, type CachedBody } from "./published-response-cache";
import { getPublishedReport } from "./get-published-report";
import { REPORT_NOT_FOUND } from "./require-published-report";

/** A report's JSON is ~100 KB: a few hundred of the most read ones per worker. */
const cache = new PublishedResponseCache(32 * 1024 * 1024);

/**
 * The publication state one report's JSON is rendered from, in one indexed query: the revision
 * shown, the newest published one (the `revisions` list and `latest` change with it), last year's
 * published revision (the year-on-year figures come from it) and the unit row (its names). Null
 * when the report is unknown or unpublished, or that revision was never published.
 */
export async function reportJsonStateKey(unitCode: string, year: number, revision?: number, kind: "UNIT" | "DEPARTMENT" = "UNIT"): Promise<string | null> {
  const rows = await db().$queryRaw<{ key: string }[]>`
    SELECT concat_ws('/', u.id, u.active, extract(epoch FROM u.updated_at), r.published_revision_id, c.id, p.published_revision_id) AS key
    FROM units u
    JOIN reports r ON r.unit_id = u.id AND r.year = ${year} AND r.kind = ${kind}::report_kind AND r.published_revision_id IS NOT NULL
    JOIN revisions c ON c.report_id = r.id AND c.status = 'PUBLISHED' AND c.published_at IS NOT NULL
      AND CASE WHEN ${revision ?? null}::int IS NULL THEN c.id = r.published_revision_id ELSE c.number = ${revision ?? null}::int END
    LEFT JOIN reports p ON p.unit_id = u.id AND p.year = ${year - 1} AND p.kind = ${kind}::report_kind
    WHERE u.code = ${unitCode}`;
  return rows[0]?.key ?? null;
}

/**
 * GET /api/v1/units/{code}/reports/{year}: rendered once per publication state and worker, then
 * served from memory (issue 15: p50 under 20 ms at 16 connections). A published revision never
 * changes (a database trigger freezes it), so the state key above covers everything the answer
 * shows; the code list is read at first render, as for the report page.
 */
export async function publishedReportJson(options: { unitCode: string; year: number; revision?: number; kind?: "UNIT" | "DEPARTMENT" }): Promise<CachedBody> {
  const { unitCode, year, revision, kind = "UNIT" } = options;
  const key = await reportJsonStateKey(unitCode, year, revision, kind);
  if (key === null) throw new AppError("NOT_FOUND", { message: REPORT_NOT_FOUND });
  return cache.get(`${kind}/${year}/${revision ?? "newest"}/${key}`, async () => {
    const data = await getPublishedReport({ unitCode, year, revision, kind });
    if (!data) throw new AppError("NOT_FOUND", { message: REPORT_NOT_FOUND });
    return JSON.stringify(kind === "DEPARTMENT" ? ZDepartmentReport.parse(departmentReportJson(data)) : ZReport.parse(reportJson(data)));
  });
}
