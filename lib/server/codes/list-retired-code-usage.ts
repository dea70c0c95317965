import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { db } from "@/lib/server/db";

export interface ListRetiredCodeUsageOptions {
  actor: Actor;
  year: number;
}

export interface RetiredCodeUsage {
  unitCode: string;
  unitName: string;
  year: number;
  status: string;
  codes: string[];
}

const LIMIT = 200;

/**
 * 使用已停用编码的报告: reports of `year` or later whose current revision still uses a code that
 * `year`'s list retired (and that is not valid again in the report's year). One SQL query over the
 * line items, bounded; functional codes are looked up in the functional blocks, economic codes in
 * the basic-expenditure blocks.
 */
export async function listRetiredCodeUsage(options: ListRetiredCodeUsageOptions): Promise<{ rows: RetiredCodeUsage[]; limited: boolean }> {
  requireAdmin(options.actor);
  const rows = await db().$queryRaw<{ unit_code: string; unit_name: string; year: number; status: string; codes: string[] }[]>`
    SELECT u."code" AS unit_code, u."name" AS unit_name, r."year", r."status"::text AS status,
           array_agg(DISTINCT li."code" ORDER BY li."code") AS codes
    FROM "classification_codes" c
    JOIN "line_items" li ON li."code" = c."code"
      AND ((c."kind" = 'FUNCTIONAL' AND li."section" IN ('income', 'expenditure', 'generalBudgetExpenditure', 'governmentFund', 'stateCapital'))
        OR (c."kind" = 'ECONOMIC' AND li."section" IN ('basicPersonnel', 'basicPublic')))
    JOIN "reports" r ON r."current_revision_id" = li."revision_id"
    JOIN "units" u ON u."id" = r."unit_id"
    WHERE c."valid_to" = ${options.year - 1} AND r."year" >= ${options.year}
      AND NOT EXISTS (
        SELECT 1 FROM "classification_codes" v
        WHERE v."kind" = c."kind" AND v."code" = c."code" AND v."valid_from" <= r."year" AND (v."valid_to" IS NULL OR v."valid_to" >= r."year")
      )
    GROUP BY u."code", u."name", r."year", r."status"
    ORDER BY r."year", u."code"
    LIMIT ${LIMIT + 1}`;
  return {
    rows: rows.slice(0, LIMIT).map((r) => ({ unitCode: r.unit_code, unitName: r.unit_name, year: Number(r.year), status: r.status, codes: r.codes })),
    limited: rows.length > LIMIT,
  };
}
