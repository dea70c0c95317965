import "@/lib/server/server-only";
import { db } from "./db";
import { env } from "./env";
import { getActorById } from "./users/get-actor-by-id";

/** Connections opened at start: as many as a page's parallel queries use (the workspace home sends four at once). */
const CONNECTIONS = 4;
const GIVE_UP_MS = 5_000;

/**
 * Readies a fresh worker for its first request by opening its database connections and loading
 * Prisma's query engine: on a 2-core machine a worker's first /workspace request otherwise paid
 * for both (issue 12's bench measured the cold first requests of the two workers at 1.6–2.8 s under
 * load, against ~0.2 s for the next ones). Reads no data and fills no cache: the page caches stay
 * cold. Never fails the start: with the database unreachable (lib/server/http/database-outage.ts
 * handles requests) it gives up quietly.
 */
export async function warmUpWorker(): Promise<void> {
  const pool = Math.min(CONNECTIONS, env().DATABASE_POOL_MAX);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const giveUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, GIVE_UP_MS);
    timer.unref();
  });
  const warm = Promise.all([
    ...Array.from({ length: pool }, () => db().$queryRaw`SELECT 1`),
    // Every signed-in request reads its actor: this compiles that query's plan (Prisma caches
    // plans by shape) and loads the query compiler, so the worker's first signed-in page does not.
    getActorById({ userId: "00000000-0000-0000-0000-000000000000" }),
  ]).then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([warm, giveUp]);
  clearTimeout(timer);
}
