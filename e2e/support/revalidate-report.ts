/**
 * What the publish action does after its transaction: `npx tsx e2e/support/revalidate-report.ts
 * <unitCode> <year>` expires the report's pages in every worker (GONGKAI_CACHE_DIR) through the
 * data layer's own revalidatePublishedReport. Run through tsx, as a script would run it.
 */
import { revalidatePublishedReport } from "../../lib/server/public/revalidate";
import { db } from "../../lib/server/db";

const [unitCode, year] = process.argv.slice(2);
await revalidatePublishedReport({ unitCode, year: Number(year) });
await db().$disconnect();
process.exit(0);
