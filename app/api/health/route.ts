import { checkDatabase } from "@/lib/server/health";
import { markDatabaseDown, markDatabaseUp } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

/** Liveness plus database reachability: 200 when `SELECT 1` answers, 503 otherwise. */
export async function GET() {
  const database = await checkDatabase();
  if (database) markDatabaseUp();
  else markDatabaseDown();
  return Response.json(
    { status: database ? "ok" : "degraded", database: database ? "ok" : "unreachable" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
