import { NextResponse, type NextRequest } from "next/server";
import { loginPath } from "@/lib/server/auth/login-path";
import { SIGNED_IN_HINT } from "@/lib/public/signed-in-hint";

/**
 * An optimistic check only: no session cookie → the sign-in page. The real check is in every
 * page, action, route and DAL function (a forged cookie gets no further than here).
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const response = NextResponse.next();
    // A hint for the public header (who is signed in); not a credential, see signed-in-hint.ts.
    if (!request.cookies.has(SIGNED_IN_HINT)) response.cookies.set(SIGNED_IN_HINT, "1", { path: "/", sameSite: "lax" });
    return response;
  }
  const { pathname, search } = request.nextUrl;
  return NextResponse.redirect(new URL(loginPath(`${pathname}${search}`), request.url));
}

export const config = { matcher: ["/workspace", "/workspace/:path*"] };
