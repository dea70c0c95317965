import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth/auth-options";
import { checkOrigin } from "@/lib/server/http/check-origin";
import { withOutageStatus } from "@/lib/server/http/outage-status";

const handler = NextAuth(authOptions) as (request: NextRequest, context: unknown) => Promise<Response>;

export function GET(request: NextRequest, context: unknown) {
  return handler(request, context);
}

export async function POST(request: NextRequest, context: unknown) {
  const refused = checkOrigin(request);
  if (refused) return refused;
  return withOutageStatus(await handler(request, context));
}
