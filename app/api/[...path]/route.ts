import { AppError } from "@/lib/server/errors";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";

/**
 * Any /api path no route claims (/api/v1/nope, a typo, an old address): the API's own 404,
 * `{ error: { code: "NOT_FOUND", message } }` with its CORS headers (never Next's HTML page), for
 * every method, so a client of the API always gets an error it can read.
 */
const notFound = publicApi<{ path: string[] }>(async () => {
  throw new AppError("NOT_FOUND", { message: "接口不存在，请检查地址（公开接口的说明见 /data 与 /api/v1/openapi.json）" });
});

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = publicApiOptions;
