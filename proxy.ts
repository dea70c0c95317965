import { NextResponse, type NextRequest } from "next/server";
import { loginPath } from "@/lib/server/auth/login-path";
import pg from "pg";
import { ERROR_CODES } from "@/lib/server/errors";
import { databaseStillDown } from "@/lib/server/http/database-outage";
import { isAllowedOrigin } from "@/lib/server/http/origin-policy";
import { isDocumentPath, isMalformedUrl, securityHeaders } from "@/lib/server/http/security-headers";
import { SIGNED_IN_HINT } from "@/lib/public/signed-in-hint";

/**
 * Runs before every route:
 * 1. a URL that cannot be decoded (lone "%", "%00") is a 400, JSON under /api;
 * 2. a state-changing request from another site is a 403 (Origin / Sec-Fetch-Site), whatever route
 *    it targets — route handlers, next-auth and server actions alike;
 * 3. /workspace without a session cookie goes to the sign-in page (optimistic: the real check is
 *    in every page, action, route and DAL function);
 * 4. the security headers of lib/server/http/security-headers.ts, with a fresh CSP nonce that Next
 *    reads from the request's Content-Security-Policy header and puts on its scripts.
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * During a database outage (lib/server/http/database-outage.ts) everything that needs the database
 * answers 503 at once; the health route answers for itself, the published report documents and
 * static files come from caches and stay up.
 */
function needsDatabase(pathname: string): boolean {
  return pathname !== "/api/health" && !pathname.startsWith("/_next/") && !isDocumentPath(pathname) && !/\.[a-z0-9]+$/i.test(pathname);
}

async function probeDatabase(): Promise<boolean> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 1000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function unavailable(request: NextRequest): NextResponse {
  const { status, message } = ERROR_CODES.UNAVAILABLE;
  const response = request.nextUrl.pathname.startsWith("/api/")
    ? NextResponse.json({ error: { code: "UNAVAILABLE", message } }, { status })
    : new NextResponse(
        `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>服务暂时不可用</title>` +
          `<h1>服务暂时不可用</h1><p>${message}。数据库暂时无法连接，恢复后本页即可正常访问，无需其他操作。</p></html>`,
        { status, headers: { "Content-Type": "text/html; charset=utf-8" } },
      );
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Retry-After", "5");
  for (const [k, v] of Object.entries(securityHeaders({ nonce: null, https: isHttps(request) }))) response.headers.set(k, v);
  return response;
}

function isHttps(request: NextRequest): boolean {
  return request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
}

/**
 * A refusal in the shape its caller already reads: the public API's contract
 * `{ error: { code, message } }` under /api (publicApi, lib/public/api/schemas.ts), and
 * `{ ok: false, code, message }` elsewhere (server actions' ActionResult, authedRoute); a browser
 * navigating gets a page.
 */
function refuse(request: NextRequest, code: "BAD_REQUEST" | "FORBIDDEN_ORIGIN", message: string): NextResponse {
  const status = ERROR_CODES[code].status;
  const apiPath = request.nextUrl.pathname.startsWith("/api/");
  const json = apiPath || !(request.headers.get("accept") ?? "").includes("text/html");
  const response = json
    ? NextResponse.json(apiPath ? { error: { code, message } } : { ok: false, code, message }, { status })
    : new NextResponse(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>请求无效</title><p>${message}</p></html>`, {
        status,
        headers: { "Content-Type": "text/html; charset=utf-8" },
      });
  response.headers.set("Cache-Control", "no-store");
  for (const [k, v] of Object.entries(securityHeaders({ nonce: null, https: isHttps(request) }))) response.headers.set(k, v);
  return response;
}

export async function proxy(request: NextRequest) {
  // The raw URL: nextUrl has already normalised some of it.
  const raw = new URL(request.url);
  if (isMalformedUrl(raw.pathname, raw.search)) return refuse(request, "BAD_REQUEST", "请求地址无效");
  if (needsDatabase(request.nextUrl.pathname) && (await databaseStillDown(probeDatabase))) return unavailable(request);
  if (!SAFE_METHODS.has(request.method)) {
    const headers = request.headers;
    const allowed = isAllowedOrigin({
      origin: headers.get("origin"),
      secFetchSite: headers.get("sec-fetch-site"),
      host: headers.get("x-forwarded-host") ?? headers.get("host"),
      publicUrl: process.env.NEXTAUTH_URL,
    });
    if (!allowed) return refuse(request, "FORBIDDEN_ORIGIN", ERROR_CODES.FORBIDDEN_ORIGIN.message);
  }

  const { pathname, search } = request.nextUrl;
  const workspace = pathname === "/workspace" || pathname.startsWith("/workspace/");
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (workspace && !signedIn) return NextResponse.redirect(new URL(loginPath(`${pathname}${search}`), request.url));

  const nonce = isDocumentPath(pathname) ? null : btoa(crypto.randomUUID());
  const headers = securityHeaders({ nonce, https: isHttps(request) });
  const requestHeaders = new Headers(request.headers);
  if (nonce) {
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
    requestHeaders.set("x-nonce", nonce);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  // A hint for the public header (who is signed in); not a credential, see signed-in-hint.ts.
  if (workspace && !request.cookies.has(SIGNED_IN_HINT)) response.cookies.set(SIGNED_IN_HINT, "1", { path: "/", sameSite: "lax" });
  return response;
}

// Everything but the build's hashed assets (they carry no markup and are cached for a year).
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
