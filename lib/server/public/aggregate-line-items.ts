import "@/lib/server/server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { MEASURES, type AggregateOrder, type GroupBy, type Measure } from "@/lib/public/api/aggregates";
import { db } from "@/lib/server/db";

export interface AggregateGroup {
  key: string;
  name: string;
  /** 元, decimal text with two places, as PostgreSQL summed the numeric(16,2) amounts. */
  amount: string;
  /** Published reports that contributed to the group. */
  reports: number;
}

export interface LineItemAggregate {
  sum: { amount: string; reports: number };
  groups: AggregateGroup[];
  /** Number of groups in all pages. */
  total: number;
}

export interface AggregateOptions {
  year: number;
  measure: Measure;
  groupBy: GroupBy;
  /** Only units whose code starts with this. */
  unitPrefix?: string;
  order?: AggregateOrder;
  page?: number;
  pageSize?: number;
}

// Fixed SQL fragments chosen by the (validated) grouping: no request text is ever spliced in.
const GROUP_KEY: Record<GroupBy, Prisma.Sql> = {
  unit: Prisma.sql`unit_code`,
  region: Prisma.sql`region`,
  function_class: Prisma.sql`left(item_code, 3)`,
  economic_class: Prisma.sql`left(item_code, 3)`,
};

const ORDER: Record<AggregateOrder, Prisma.Sql> = {
  amount_desc: Prisma.sql`amount DESC, key`,
  amount_asc: Prisma.sql`amount ASC, key`,
  key: Prisma.sql`key`,
};

/**
 * A measure of the year's published reports summed in PostgreSQL from line items, grouped and
 * paged. Only each report's published revision counts, and only active units.
 */
export async function aggregateLineItems(options: AggregateOptions): Promise<LineItemAggregate> {
  const { year, measure, groupBy, order = "amount_desc", page = 1, pageSize = 50 } = options;
  const definition = MEASURES[measure];
  const prefix = options.unitPrefix ? `${options.unitPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const items = Prisma.sql`
    SELECT r.id AS report_id, u.code AS unit_code, u.name AS unit_name, u.region, li.code AS item_code, li.amount
    FROM reports r
    JOIN revisions v ON v.id = r.published_revision_id AND v.status = 'PUBLISHED' AND v.published_at IS NOT NULL
    JOIN units u ON u.id = r.unit_id AND u.active
    JOIN line_items li ON li.revision_id = v.id
    WHERE r.year = ${year}
      AND li.section = ANY(${[...definition.sections]}::text[])
      AND li.field = ANY(${[...definition.fields]}::text[])
      AND (${prefix}::text IS NULL OR u.code LIKE ${prefix}::text)`;
  const kind = groupBy === "economic_class" ? "ECONOMIC" : "FUNCTIONAL";
  const name =
    groupBy === "unit"
      ? Prisma.sql`unit_name`
      : groupBy === "region"
        ? Prisma.sql`key`
        : // The class's name from the newest code set not after the year (DISCLOSURE.md: code sets per year).
          Prisma.sql`coalesce((SELECT c.name FROM classification_codes c WHERE c.kind = ${kind}::classification_kind AND c.code = key AND c.valid_from <= ${year} ORDER BY c.valid_from DESC LIMIT 1), key)`;

  const [rows, sums] = await Promise.all([
    // amount_text, not amount: ORDER BY a bare name takes the output column first, which would
    // sort the amounts as text (9.00 above 10.00).
    db().$queryRaw<{ key: string | null; name: string | null; amount_text: string; reports: number }[]>`
      WITH items AS (${items}),
      groups AS (
        SELECT ${GROUP_KEY[groupBy]} AS key, max(unit_name) AS unit_name, sum(amount) AS amount, count(DISTINCT report_id)::int AS reports
        FROM items GROUP BY 1
      )
      SELECT key, ${name} AS name, amount::text AS amount_text, reports
      FROM groups ORDER BY ${ORDER[order]} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db().$queryRaw<{ amount: string; reports: number; groups: number }[]>`
      WITH items AS (${items})
      SELECT round(coalesce(sum(amount), 0), 2)::text AS amount, count(DISTINCT report_id)::int AS reports,
             count(DISTINCT ${GROUP_KEY[groupBy]})::int AS groups
      FROM items`,
  ]);
  return {
    sum: { amount: sums[0].amount, reports: sums[0].reports },
    groups: rows.map(({ key, name, amount_text, reports }) => ({ key: key ?? "", name: name ?? "", amount: amount_text, reports })),
    total: sums[0].groups,
  };
}
