import "@/lib/server/server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/server/errors";

/** For pages: a DAL's NOT_FOUND becomes the 404 page; anything else is rethrown. */
export function notFoundOnAppError(error: unknown): never {
  if (isAppError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
}
