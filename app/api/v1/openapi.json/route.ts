import { buildOpenApi } from "@/lib/public/api/openapi";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document of this API, generated from its zod schemas. */
export const GET = publicApi<object>(async () => Response.json(buildOpenApi()));

export const OPTIONS = publicApiOptions;
