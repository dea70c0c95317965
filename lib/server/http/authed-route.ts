import "@/lib/server/server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { Actor } from "@/lib/rules/actor";
import { getActor } from "@/lib/server/auth/session";
import { loginPath } from "@/lib/server/auth/login-path";
import { describeError, ERROR_CODES, isAppError } from "@/lib/server/errors";
import { checkOrigin } from "./check-origin";

type Handler<P> = (request: NextRequest, ctx: { actor: Actor; params: P }) => Promise<Response>;

/**
 * The one wrapper for the workspace's route handlers: a cross-site write → 403, anonymous → sign-in page, AppError →
 * its status and Chinese message as JSON (NOT_FOUND for anything out of scope), anything else
 * logged and answered generically.
 */
export function authedRoute<P>(handler: Handler<P>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    // proxy.ts refuses cross-site writes too; checked here as well so no route depends on a matcher.
    const refused = checkOrigin(request);
    if (refused) return refused;
    let actor: Actor | null;
    try {
      actor = await getActor();
    } catch (error) {
      const { code, status, message } = describeError(error);
      return NextResponse.json({ ok: false, code, message }, { status });
    }
    if (!actor) {
      const { pathname, search } = request.nextUrl;
      return NextResponse.redirect(new URL(loginPath(`${pathname}${search}`), request.url), 303);
    }
    if (actor.mustChangePassword) {
      return NextResponse.json({ ok: false, code: "PASSWORD_CHANGE_REQUIRED", message: ERROR_CODES.PASSWORD_CHANGE_REQUIRED.message }, { status: 403 });
    }
    try {
      return await handler(request, { actor, params: await context.params });
    } catch (error) {
      const { code, status, message } = describeError(error);
      const details = isAppError(error) ? error.details : undefined;
      return NextResponse.json({ ok: false, code, message, details }, { status });
    }
  };
}
