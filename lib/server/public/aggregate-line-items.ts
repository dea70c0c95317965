import "@/lib/server/server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { measureDefinition, type AggregateFigure, type AggregateOrder, type GroupBy, type Measure } from "@/lib/public/api/aggregates";
import { db } from "@/lib/server/db";

export type { AggregateFigure };

export interface AggregateGroup extends AggregateFigure {
  key: string;
  name: string;
  /** The measure's second figure (three_public: 预算数), only for measures that have one. */
  budget?: AggregateFigure;
}

export interface LineItemAggregate {
  sum: AggregateFigure & { budget?: AggregateFigure };
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

// Qualified: a bare `amount` in ORDER BY would name the output column, the text, and sort 9 after 10.
const ORDER: Record<AggregateOrder, Prisma.Sql> = {
  amount_desc: Prisma.sql`groups.amount DESC, groups.key`,
  amount_asc: Prisma.sql`groups.amount ASC, groups.key`,
  key: Prisma.sql`groups.key`,
};

/**
 * A measure of the year's published reports summed in PostgreSQL from line items, grouped and
 * paged. Only each report's published revision counts, and only active units.
 */
export async function aggregateLineItems(options: AggregateOptions): Promise<LineItemAggregate> {
  const { year, measure, groupBy, order = "amount_desc", page = 1, pageSize = 50 } = options;
  const definition = measureDefinition(measure);
  const budget = definition.budget ?? { sections: [], fields: [] };
  const prefix = options.unitPrefix ? `${options.unitPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const items = Prisma.sql`
    SELECT r.id AS report_id, u.code AS unit_code, u.name AS unit_name, u.region, li.code AS item_code, li.amount,
           NOT (li.section = ANY(${[...definition.sections]}::text[]) AND li.field = ANY(${[...definition.fields]}::text[])) AS is_budget
    FROM reports r
    JOIN revisions v ON v.id = r.published_revision_id AND v.status = 'PUBLISHED' AND v.published_at IS NOT NULL
    JOIN units u ON u.id = r.unit_id AND u.active
    JOIN line_items li ON li.revision_id = v.id
    WHERE r.year = ${year} AND r.kind = 'UNIT'
      AND ((li.section = ANY(${[...definition.sections]}::text[]) AND li.field = ANY(${[...definition.fields]}::text[]))
        OR (li.section = ANY(${[...budget.sections]}::text[]) AND li.field = ANY(${[...budget.fields]}::text[])))
      AND (${prefix}::text IS NULL OR u.code LIKE ${prefix}::text)`;
  const kind = groupBy === "economic_class" ? "ECONOMIC" : "FUNCTIONAL";
  const name =
    groupBy === "unit"
      ? Prisma.sql`unit_name`
      : groupBy === "region"
        ? Prisma.sql`key`
        : // The class's name from the newest code set not after the year (DISCLOSURE.md: code sets per year).
          Prisma.sql`coalesce((SELECT c.name FROM classification_codes c WHERE c.kind = ${kind}::classification_kind AND c.code = key AND c.valid_from <= ${year} ORDER BY c.valid_from DESC LIMIT 1), key)`;

  // Both figures of a row in one pass: the first where is_budget is false, the second where true.
  const figures = Prisma.sql`
    round(coalesce(sum(amount) FILTER (WHERE NOT is_budget), 0), 2) AS amount,
    count(DISTINCT report_id) FILTER (WHERE NOT is_budget)::int AS reports,
    round(coalesce(sum(amount) FILTER (WHERE is_budget), 0), 2)::text AS budget_amount,
    count(DISTINCT report_id) FILTER (WHERE is_budget)::int AS budget_reports`;
  type Figures = { amount: string; reports: number; budget_amount: string; budget_reports: number };
  const [rows, sums] = await Promise.all([
    db().$queryRaw<(Figures & { key: string | null; name: string | null })[]>`
      WITH items AS (${items}),
      groups AS (
        SELECT ${GROUP_KEY[groupBy]} AS key, max(unit_name) AS unit_name, ${figures}
        FROM items GROUP BY 1
      )
      SELECT key, ${name} AS name, amount::text AS amount, reports, budget_amount, budget_reports
      FROM groups ORDER BY ${ORDER[order]} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db().$queryRaw<(Figures & { groups: number })[]>`
      WITH items AS (${items})
      SELECT amount::text AS amount, reports, budget_amount, budget_reports, groups
      FROM (SELECT ${figures}, count(DISTINCT ${GROUP_KEY[groupBy]})::int AS groups FROM items) s`,
  ]);
  const withBudget = (f: Figures): AggregateFigure & { budget?: AggregateFigure } => ({
    amount: f.amount,
    reports: f.reports,
    ...(definition.budget ? { budget: { amount: f.budget_amount, reports: f.budget_reports } } : {}),
  });
  return {
    sum: withBudget(sums[0]),
    groups: rows.map((row) => ({ key: row.key ?? "", name: row.name ?? "", ...withBudget(row) })),
    total: sums[0].groups,
  };
}
