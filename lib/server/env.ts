import "@/lib/server/server-only";
import { parseServerEnv, type TServerEnv } from "./env-schema";

export type { TServerEnv };

let cached: TServerEnv | undefined;

/**
 * The validated server environment. Lazy (first call, not import) so `next build` can
 * import server modules without a database configured; throws an EnvError listing every
 * bad variable.
 */
export function env(): TServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
