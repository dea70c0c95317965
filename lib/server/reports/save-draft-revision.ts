import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { AppError } from "@/lib/server/errors";
import { parsePackage } from "@/lib/disclosure/package";
import { writeDraftPackage } from "./write-draft-package";

export interface SaveDraftRevisionOptions {
  actor: Actor;
  reportId: string;
  version: number;
  /** Untrusted: validated against the package schema here. */
  package: unknown;
}

/**
 * Saves the editor's package. Saving always works for a well-formed package, whatever the checks
 * say (errors only block submission); a malformed one is refused with its JSON paths.
 */
export async function saveDraftRevision(options: SaveDraftRevisionOptions): Promise<{ version: number; updatedAt: Date }> {
  const parsed = parsePackage(options.package);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", { details: { issues: parsed.issues } });
  const { version, updatedAt } = await writeDraftPackage({ ...options, package: parsed.package, action: "revision.save" });
  return { version, updatedAt };
}
