/**
 * Any /api path no route claims: a JSON 404 (never Next's HTML page), for every method, so a
 * client of the API always gets JSON it can read.
 */
function notFound(): Response {
  return Response.json({ error: "接口不存在，请检查地址（公开接口见 /api/v1）", status: 404 }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
