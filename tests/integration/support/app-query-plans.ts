/**
 * EXPLAIN the SQL the app actually sends: runs a data-layer function on a Prisma client that logs
 * every query (with its parameters), then asks PostgreSQL for the plan of each one exactly as sent,
 * with sequential scans disabled so the answer says which indexes the query can use rather than
 * what this small test table's statistics prefer.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { withClient } from "../../../scripts/db/pg-admin";

const holder = globalThis as typeof globalThis & { __gongkaiPrisma?: unknown };

export interface AppQueryPlan {
  sql: string;
  plan: string;
}

/**
 * The queries `run` sends through db() and each one's plan. `inIndexOrder` also disables sorts:
 * a plan that still sorts has no index that gives its ORDER BY (on a small table the planner
 * would otherwise sort a dozen rows rather than walk an index).
 */
export async function appQueryPlans(url: string, run: () => Promise<unknown>, options: { inIndexOrder?: boolean } = {}): Promise<AppQueryPlan[]> {
  const logged: { sql: string; params: unknown[] }[] = [];
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }), log: [{ level: "query", emit: "event" }] });
  client.$on("query", (e) => logged.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] }));
  const previous = holder.__gongkaiPrisma;
  holder.__gongkaiPrisma = client;
  try {
    await run();
  } finally {
    holder.__gongkaiPrisma = previous;
    await client.$disconnect();
  }
  return withClient(url, async (c) => {
    const plans: AppQueryPlan[] = [];
    for (const q of logged) {
      if (!/^\s*(SELECT|WITH)\b/i.test(q.sql)) continue; // transaction control and the like
      await c.query("BEGIN");
      await c.query("SET LOCAL enable_seqscan = off");
      if (options.inIndexOrder) await c.query("SET LOCAL enable_sort = off");
      const rows = (await c.query(`EXPLAIN ${q.sql}`, q.params)).rows as { "QUERY PLAN": string }[];
      await c.query("ROLLBACK");
      plans.push({ sql: q.sql, plan: rows.map((r) => r["QUERY PLAN"]).join("\n") });
    }
    return plans;
  });
}

/** The plan of the one query whose SQL matches `match`, failing when none or several do. */
export function planReading(plans: AppQueryPlan[], match: RegExp): string {
  const found = plans.filter((p) => match.test(p.sql));
  if (found.length !== 1) throw new Error(`expected one query matching ${match}, found ${found.length}:\n${plans.map((p) => p.sql).join("\n---\n")}`);
  return found[0].plan;
}
