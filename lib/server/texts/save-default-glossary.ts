import "@/lib/server/server-only";
import type { GlossaryEntry } from "@/lib/public/glossary";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { GLOSSARY_KEY, getDefaultGlossary } from "./get-default-glossary";

export interface SaveDefaultGlossaryOptions {
  actor: Actor;
  entries: GlossaryEntry[];
}

/** 保存默认名词解释, audited with the text before and after. */
export async function saveDefaultGlossary(options: SaveDefaultGlossaryOptions): Promise<void> {
  requireAdmin(options.actor);
  await db().$transaction(async (tx) => {
    const before = await getDefaultGlossary(tx);
    const value = options.entries.map(({ term, definition }) => ({ term, definition }));
    if (JSON.stringify(before.entries) === JSON.stringify(value)) return;
    await tx.defaultText.upsert({ where: { key: GLOSSARY_KEY }, create: { key: GLOSSARY_KEY, value }, update: { value } });
    await writeAuditLog(tx, {
      actorId: options.actor.id,
      action: "defaultText.update",
      targetType: "DefaultText",
      targetId: GLOSSARY_KEY,
      before: before.entries.map(({ term, definition }) => ({ term, definition })),
      after: value,
    });
  });
}
