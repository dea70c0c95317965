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
// The class (类) is stored as '' for uncoded rows; as a group key it is NULL, as before the sums table.
const GROUP_KEY: Record<GroupBy, Prisma.Sql> = {
  unit: Prisma.sql`u.code`,
  region: Prisma.sql`u.region`,
  function_class: Prisma.sql`nullif(s.class_key, '')`,
  economic_class: Prisma.sql`nullif(s.class_key, '')`,
};

// Qualified: a bare `amount` in ORDER BY would name the output column, the text, and sort 9 after 10.
const ORDER: Record<AggregateOrder, Prisma.Sql> = {
  amount_desc: Prisma.sql`groups.amount DESC, groups.key`,
  amount_asc: Prisma.sql`groups.amount ASC, groups.key`,
  key: Prisma.sql`groups.key`,
};

/**
 * A measure of the year's published reports summed in PostgreSQL, grouped and paged. Only each
 * report's published revision counts, and only active units.
 *
 * One statement over `published_line_sums` (issue 15: under 500 ms for a year of 10,000 reports):
 * the published revisions' line items already summed per block, column and class by a trigger at
 * publication, read for the year and the measure's blocks in one index range, where summing the
 * line items themselves took one index search per report (10,000 searches, 1.2–1.6 s here). The rows
 * are summed per report (its unit: one report per unit, year and kind) and group as they are read
 * (`items`), so the number of reports per group is a count of those rows; the page, the total and
 * the number of groups are then read from that small set. Names are looked up for the page's rows only.
 * Null for a year the system does not know (no fiscal_years row), read in the same statement: the
 * API's 404, as for the year's status and open data, never a year of zeros.
 */
export async function aggregateLineItems(options: AggregateOptions): Promise<LineItemAggregate | null> {
  const { year, measure, groupBy, order = "amount_desc", page = 1, pageSize = 50 } = options;
  const definition = measureDefinition(measure);
  const budget = definition.budget ?? { sections: [], fields: [] };
  const prefix = options.unitPrefix ? `${options.unitPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const isAmount = Prisma.sql`(s.section = ANY(${[...definition.sections]}::text[]) AND s.field = ANY(${[...definition.fields]}::text[]))`;
  const isBudget = Prisma.sql`(s.section = ANY(${[...budget.sections]}::text[]) AND s.field = ANY(${[...budget.fields]}::text[]))`;
  const sections = [...new Set([...definition.sections, ...budget.sections])];
  const fields = [...new Set([...definition.fields, ...budget.fields])];
  const kind = groupBy === "economic_class" ? "ECONOMIC" : "FUNCTIONAL";
  const name =
    groupBy === "unit"
      ? Prisma.sql`(SELECT n.name FROM units n WHERE n.code = groups.key)`
      : groupBy === "region"
        ? Prisma.sql`groups.key`
        : // The class's name from the newest code set not after the year (DISCLOSURE.md: code sets per year).
          Prisma.sql`coalesce((SELECT c.name FROM classification_codes c WHERE c.kind = ${kind}::classification_kind AND c.code = groups.key AND c.valid_from <= ${year} ORDER BY c.valid_from DESC LIMIT 1), groups.key)`;

  // Per report and group: the measure's sum (NULL when the report has none of its rows there) and,
  // for measures with a second figure, the rest of the rows read (the budget's).
  const rows = await db().$queryRaw<
    {
      known: boolean; amount: string; reports: number; budget_amount: string; budget_reports: number; groups: number;
      present: boolean | null; key: string | null; name: string | null; group_amount: string | null; group_reports: number | null; group_budget_amount: string | null; group_budget_reports: number | null;
    }[]
  >`
    WITH items AS MATERIALIZED (
      SELECT s.unit_id AS report_unit, ${GROUP_KEY[groupBy]} AS key,
             sum(s.amount) FILTER (WHERE ${isAmount}) AS amount,
             sum(s.amount) FILTER (WHERE ${isBudget} AND NOT ${isAmount}) AS budget
      FROM published_line_sums s
      JOIN units u ON u.id = s.unit_id AND u.active
      WHERE s.year = ${year} AND s.kind = 'UNIT' AND s.section = ANY(${sections}::text[]) AND s.field = ANY(${fields}::text[])
        AND (${prefix}::text IS NULL OR u.code LIKE ${prefix}::text)
      GROUP BY 1, 2
      HAVING sum(s.amount) FILTER (WHERE ${isAmount}) IS NOT NULL OR sum(s.amount) FILTER (WHERE ${isBudget} AND NOT ${isAmount}) IS NOT NULL
    ),
    groups AS (
      SELECT key, round(coalesce(sum(amount), 0), 2) AS amount, count(amount)::int AS reports,
             round(coalesce(sum(budget), 0), 2) AS budget_amount, count(budget)::int AS budget_reports
      FROM items GROUP BY 1
    ),
    totals AS (
      SELECT round(coalesce(sum(amount), 0), 2)::text AS amount, count(DISTINCT report_unit) FILTER (WHERE amount IS NOT NULL)::int AS reports,
             round(coalesce(sum(budget), 0), 2)::text AS budget_amount, count(DISTINCT report_unit) FILTER (WHERE budget IS NOT NULL)::int AS budget_reports,
             count(DISTINCT key)::int AS groups,
             EXISTS (SELECT 1 FROM fiscal_years WHERE year = ${year}) AS known
      FROM items
    )
    SELECT t.*, p.*
    FROM totals t
    LEFT JOIN LATERAL (
      SELECT TRUE AS present, groups.key, ${name} AS name, groups.amount::text AS group_amount, groups.reports AS group_reports,
             groups.budget_amount::text AS group_budget_amount, groups.budget_reports AS group_budget_reports
      FROM groups ORDER BY ${ORDER[order]} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    ) p ON TRUE`;
  const withBudget = (amount: string, reports: number, budgetAmount: string, budgetReports: number): AggregateFigure & { budget?: AggregateFigure } => ({
    amount,
    reports,
    ...(definition.budget ? { budget: { amount: budgetAmount, reports: budgetReports } } : {}),
  });
  const totals = rows[0];
  if (!totals.known) return null;
  return {
    sum: withBudget(totals.amount, totals.reports, totals.budget_amount, totals.budget_reports),
    groups: rows
      .filter((row) => row.present)
      .map((row) => ({ key: row.key ?? "", name: row.name ?? "", ...withBudget(row.group_amount!, row.group_reports!, row.group_budget_amount!, row.group_budget_reports!) })),
    total: totals.groups,
  };
}
