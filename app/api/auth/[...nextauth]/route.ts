import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth/auth-options";
import { checkOrigin } from "@/lib/server/http/check-origin";

const handler = NextAuth(authOptions) as (request: NextRequest, context: unknown) => Promise<Response>;

/**
 * next-auth answers a failed sign-in with 200 (JSON) or a redirect carrying `?error=`; when the
 * cause was the database being down, the answer is 503 so that the form, monitoring and the
 * caller all see an outage, not a wrong password.
 */
async function withOutageStatus(response: Response): Promise<Response> {
  const location = response.headers.get("location") ?? "";
  let target = location;
  if (!target && response.headers.get("content-type")?.includes("application/json")) {
    target = String(((await response.clone().json().catch(() => ({}))) as { url?: unknown }).url ?? "");
  }
  if (!target.includes("error=SERVICE_UNAVAILABLE")) return response;
  const headers = new Headers(response.headers);
  headers.delete("location");
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify({ url: target, message: "服务暂时不可用，请稍后再试" }), { status: 503, headers });
}

export function GET(request: NextRequest, context: unknown) {
  return handler(request, context);
}

export async function POST(request: NextRequest, context: unknown) {
  const refused = checkOrigin(request);
  if (refused) return refused;
  return withOutageStatus(await handler(request, context));
}
