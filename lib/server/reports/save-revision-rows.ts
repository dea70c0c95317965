/**
 * Rewrites a revision's line items from its package. Call it inside the same transaction
 * that writes Revision.package, so the rows never disagree with the package that produced
 * them (docs/decisions/001-package-json-plus-line-items.md).
 */
import type { TPackage } from "../../disclosure/package";
import type { DbTransaction } from "../prisma-client";
import { packageToLineItems } from "./package-rows";

/**
 * Deletes and re-inserts every line item of `revisionId`; returns how many were written.
 * One INSERT … SELECT FROM unnest of four arrays: createMany binds five parameters per row
 * (about 800 for a package) and cost ~100 ms a package in the bulk import, this ~10 ms.
 */
export async function saveRevisionRows(tx: DbTransaction, revisionId: string, pkg: TPackage, options: { fresh?: boolean } = {}): Promise<number> {
  const rows = packageToLineItems(pkg);
  // fresh: the revision was created in this transaction and has no rows yet.
  if (!options.fresh) await tx.lineItem.deleteMany({ where: { revisionId } });
  if (rows.length > 0) {
    await tx.$executeRaw`INSERT INTO line_items (revision_id, section, code, field, amount)
      SELECT ${revisionId}::uuid, t.section, t.code, t.field, t.amount::numeric(16, 2)
      FROM unnest(${rows.map((r) => r.section)}::text[], ${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.field)}::text[], ${rows.map((r) => r.amount)}::text[])
        AS t(section, code, field, amount)`;
  }
  return rows.length;
}
