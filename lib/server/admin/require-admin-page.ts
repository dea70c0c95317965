import "@/lib/server/server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/rules/actor";
import { can } from "@/lib/rules/permissions";
import { requireActor } from "@/lib/server/auth/session";

/** An admin page's actor; anyone else gets the 404 page (the area does not exist for them). */
export async function requireAdminPage(path: string): Promise<Actor> {
  const actor = await requireActor(path);
  if (!can(actor, "admin.manage")) notFound();
  return actor;
}
