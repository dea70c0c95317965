import "@/lib/server/server-only";
import { isDatabaseUnavailable } from "@/lib/server/db-unavailable";
import { ApiError } from "./api-error";

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
 * status with a Chinese message ({ error }) — 404 for anything unknown or unpublished, 400 for a
 * bad parameter, 500 (logged, never the stack) for the rest.
 */
export function publicApi<P>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let response: Response;
    try {
      response = await handler(request, await context.params);
      if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", PUBLIC_CACHE);
    } catch (error) {
      const unavailable = !(error instanceof ApiError) && isDatabaseUnavailable(error);
      const status = error instanceof ApiError ? error.status : unavailable ? 503 : 500;
      if (status === 500) console.error("public api", request.url, error);
      const message = error instanceof ApiError ? error.message : unavailable ? "服务暂时不可用，请稍后再试" : "服务器内部错误，请稍后再试";
      response = Response.json({ error: message, status }, { status, headers: { "Cache-Control": status === 404 ? "public, s-maxage=60" : "no-store" } });
    }
    for (const [k, v] of Object.entries(CORS)) response.headers.set(k, v);
    return response;
  };
}

/** The CORS preflight answer shared by every /api/v1 route. */
export function publicApiOptions(): Response {
  return new Response(null, { status: 204, headers: CORS });
}
