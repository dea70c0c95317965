import type { DbClient } from "../prisma-client";
import { unitNameKeys } from "./name-pinyin";

/**
 * Pinyin keys for units written without them (before the unit_name_pinyin migration, by a bulk
 * loader or a test): `npm run db:seed` and the scale bench call it. One UPDATE per batch whatever
 * its size (fixed-arity unnest). Returns how many units it filled in.
 */
export async function writeMissingUnitNameKeys(client: DbClient, batch = 1000): Promise<number> {
  let written = 0;
  for (;;) {
    const missing = await client.unit.findMany({ where: { namePinyin: null }, take: batch, select: { id: true, name: true } });
    if (missing.length === 0) return written;
    const keys = missing.map((u) => unitNameKeys(u.name));
    await client.$executeRaw`
      UPDATE units SET name_pinyin = t.pinyin, name_initial = t.initial
      FROM unnest(${missing.map((u) => u.id)}::uuid[], ${keys.map((k) => k.namePinyin)}::text[], ${keys.map((k) => k.nameInitial)}::text[]) AS t(id, pinyin, initial)
      WHERE units.id = t.id`;
    written += missing.length;
    if (missing.length < batch) return written;
  }
}
