import "@/lib/server/server-only";
import { ZGlossary } from "@/lib/admin/schemas";
import { DEFAULT_GLOSSARY, type GlossaryEntry } from "@/lib/public/glossary";
import { db, type DbClient } from "@/lib/server/db";

export const GLOSSARY_KEY = "glossary";

/** The glossary (名词解释) offered to new drafts: the admin's text when one is saved, else the reference report's. */
export async function getDefaultGlossary(client: DbClient = db()): Promise<{ entries: readonly GlossaryEntry[]; edited: boolean }> {
  const row = await client.defaultText.findUnique({ where: { key: GLOSSARY_KEY } });
  const parsed = row ? ZGlossary.safeParse(row.value) : null;
  return parsed?.success ? { entries: parsed.data, edited: true } : { entries: DEFAULT_GLOSSARY, edited: false };
}
