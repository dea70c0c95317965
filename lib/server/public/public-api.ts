import "@/lib/server/server-only";
import { etagMatches, etagOf } from "@/lib/public/etag";
import { errorBody } from "@/lib/server/errors";

/** Published content changes only on publication, which also purges nginx; 5 minutes keeps other caches fresh enough. */
export const PUBLIC_CACHE = "public, max-age=60, s-maxage=300, stale-while-revalidate=86400";

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, If-None-Match",
  "Access-Control-Expose-Headers": "ETag",
  "Access-Control-Max-Age": "86400",
};

type Handler<P> = (request: Request, params: P) => Promise<Response>;

/**
 * Wraps every /api/v1 handler once: open CORS, shared-cache headers and an ETag on success (304
 * when If-None-Match names it), and errors as a status with `{ error: { code, message } }`
 * (lib/server/errors.ts) — 404 for anything unknown or unpublished, 400 for a bad parameter,
 * 500 (logged, never the stack) for the rest.
 *
 * A handler that streams sets its own ETag (from the publication state, before building the
 * body) and may answer 304 itself via `notModified`; other bodies are buffered and hashed here.
 */
export function publicApi<P>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let response: Response;
    try {
      response = await handler(request, await context.params);
      if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", PUBLIC_CACHE);
      if (response.status === 200 && !response.headers.has("ETag")) {
        const body = await response.arrayBuffer();
        response = new Response(body, { status: 200, headers: response.headers });
        response.headers.set("ETag", await etagOf(body));
      }
      const etag = response.headers.get("ETag");
      if (response.status === 200 && etag && etagMatches(request.headers.get("If-None-Match"), etag)) {
        await response.body?.cancel();
        response = notModified(etag, response.headers.get("Cache-Control")!);
      }
    } catch (error) {
      const { status, body } = errorBody(error); // logs anything unexpected, never shows it
      response = Response.json(body, { status, headers: { "Cache-Control": status === 404 ? "public, s-maxage=60" : "no-store" } });
    }
    for (const [k, v] of Object.entries(CORS)) response.headers.set(k, v);
    return response;
  };
}

/** 304 Not Modified for a tag the client already holds. */
export function notModified(etag: string, cacheControl = PUBLIC_CACHE): Response {
  return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
}

/** The CORS preflight answer shared by every /api/v1 route. */
export function publicApiOptions(): Response {
  return new Response(null, { status: 204, headers: CORS });
}
