import "@/lib/server/server-only";
import { errorBody } from "@/lib/server/errors";

/** Published content changes only on publication, which also purges nginx; 5 minutes keeps other caches fresh enough. */
export const PUBLIC_CACHE = "public, max-age=60, s-maxage=300, stale-while-revalidate=86400";

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
};

type Handler<P> = (request: Request, params: P) => Promise<Response>;

/**
 * Wraps every /api/v1 handler once: open CORS, shared-cache headers on success, and errors as a
 * status with `{ error: { code, message } }` (lib/server/errors.ts) — 404 for anything unknown or unpublished, 400 for a
 * bad parameter, 500 (logged, never the stack) for the rest.
 */
export function publicApi<P>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let response: Response;
    try {
      response = await handler(request, await context.params);
      if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", PUBLIC_CACHE);
    } catch (error) {
      const { status, body } = errorBody(error); // logs anything unexpected, never shows it
      response = Response.json(body, { status, headers: { "Cache-Control": status === 404 ? "public, s-maxage=60" : "no-store" } });
    }
    for (const [k, v] of Object.entries(CORS)) response.headers.set(k, v);
    return response;
  };
}

/** The CORS preflight answer shared by every /api/v1 route. */
export function publicApiOptions(): Response {
  return new Response(null, { status: 204, headers: CORS });
}
