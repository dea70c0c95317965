import "@/lib/server/server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/rules/actor";
import { getActor } from "@/lib/server/auth/session";
import { loginPath } from "@/lib/server/auth/login-path";
import { describeError, ERROR_CODES, isAppError } from "@/lib/server/errors";
import type { ActionResult } from "./action-result";

export interface ActionContext {
  actor: Actor;
}

/** The first message per field, keyed by dotted path ("newPassword", "package.income"). */
function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/** Where an anonymous caller should come back to: the page that called the action. */
async function returnTo(): Promise<string> {
  const referer = (await headers()).get("referer");
  try {
    return referer ? new URL(referer).pathname : "/workspace";
  } catch {
    return "/workspace";
  }
}

/**
 * The one wrapper for authenticated server actions: session user in ctx (anonymous → sign-in
 * page), input parsed with the shared zod schema (field errors go back to the form), expected
 * errors returned with their Chinese message, unexpected ones logged and shown generically.
 * Each action still calls a DAL function, which checks role and scope itself.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<T>,
  options: { allowWithOneTimePassword?: boolean } = {},
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const actor = await getActor();
    if (!actor) redirect(loginPath(await returnTo()));
    // Signed in with a one-time password: only the password change itself goes through.
    if (actor.mustChangePassword && !options.allowWithOneTimePassword) {
      return { ok: false, code: "PASSWORD_CHANGE_REQUIRED", message: ERROR_CODES.PASSWORD_CHANGE_REQUIRED.message };
    }
    const parsed = schema.safeParse(input instanceof FormData ? Object.fromEntries(input) : input);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      return { ok: false, code: "INVALID_INPUT", message: Object.values(errors)[0] ?? "输入有误", fieldErrors: errors };
    }
    try {
      return { ok: true, data: await handler(parsed.data, { actor }) };
    } catch (error) {
      const { code, message } = describeError(error);
      return { ok: false, code, message, details: isAppError(error) ? error.details : undefined };
    }
  };
}
