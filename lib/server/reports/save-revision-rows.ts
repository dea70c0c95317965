/**
 * Rewrites a revision's line items from its package. Call it inside the same transaction
 * that writes Revision.package, so the rows never disagree with the package that produced
 * them (docs/decisions/001-package-json-plus-line-items.md).
 */
import type { TPackage } from "../../disclosure/package";
import type { DbTransaction } from "../prisma-client";
import { packageToLineItems } from "./package-rows";

/** Deletes and re-inserts every line item of `revisionId`; returns how many were written. */
export async function saveRevisionRows(tx: DbTransaction, revisionId: string, pkg: TPackage): Promise<number> {
  const rows = packageToLineItems(pkg);
  await tx.lineItem.deleteMany({ where: { revisionId } });
  if (rows.length > 0) {
    await tx.lineItem.createMany({ data: rows.map((row) => ({ revisionId, ...row })) });
  }
  return rows.length;
}
