import "@/lib/server/server-only";
import { db } from "@/lib/server/db";

export interface OpenDataReport {
  revisionId: string;
  unitCode: string;
  unitName: string;
  region: string;
  revision: number;
}

/** One batch of the year's published reports in unit-code order after `afterCode` (keyset paging: bounded at any size). */
export async function listOpenDataReports(options: { year: number; afterCode: string; limit: number }): Promise<OpenDataReport[]> {
  return db().$queryRaw<OpenDataReport[]>`
    SELECT v.id AS "revisionId", u.code AS "unitCode", u.name AS "unitName", u.region, v.number AS revision
    FROM reports r
    JOIN revisions v ON v.id = r.published_revision_id AND v.status = 'PUBLISHED' AND v.published_at IS NOT NULL
    JOIN units u ON u.id = r.unit_id AND u.active
    WHERE r.year = ${options.year} AND r.kind = 'UNIT' AND u.code > ${options.afterCode}
    ORDER BY u.code
    LIMIT ${options.limit}`;
}
