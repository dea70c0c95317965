import "@/lib/server/server-only";
import { NextResponse } from "next/server";
import { ERROR_CODES } from "@/lib/server/errors";
import { isAllowedOrigin } from "./origin-policy";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** null when the request may proceed; else the 403 JSON answer for a cross-site write. */
export function checkOrigin(request: Request): Response | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const headers = request.headers;
  const allowed = isAllowedOrigin({
    origin: headers.get("origin"),
    secFetchSite: headers.get("sec-fetch-site"),
    host: headers.get("x-forwarded-host") ?? headers.get("host"),
    publicUrl: process.env.NEXTAUTH_URL,
  });
  if (allowed) return null;
  const { status, message } = ERROR_CODES.FORBIDDEN_ORIGIN;
  return NextResponse.json({ ok: false, code: "FORBIDDEN_ORIGIN", message }, { status, headers: { "Cache-Control": "no-store" } });
}
