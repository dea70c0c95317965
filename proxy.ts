import { NextResponse, type NextRequest } from "next/server";
import { loginPath } from "@/lib/server/auth/login-path";

/**
 * An optimistic check only: no session cookie → the sign-in page. The real check is in every
 * page, action, route and DAL function (a forged cookie gets no further than here).
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  return NextResponse.redirect(new URL(loginPath(`${pathname}${search}`), request.url));
}

export const config = { matcher: ["/workspace", "/workspace/:path*"] };
