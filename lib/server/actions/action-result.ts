/** What every server action returns: data, or a code with a Chinese message (and field errors). */
import type { ErrorCode } from "@/lib/server/errors";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      /** Field → Chinese message naming the field, for the form. */
      fieldErrors?: Record<string, string>;
      details?: unknown;
    };
