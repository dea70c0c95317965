/**
 * Browsing units by the first letter of their name's pinyin (拼音首字母). A unit's letter is the
 * first character of its stored pinyin key (`units.name_pinyin`, lib/server/units/name-pinyin.ts):
 * A–Z, or "#" for a name that starts with neither a Chinese character nor a Latin letter.
 */
export const UNIT_LETTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", "#"] as const;
export type UnitLetter = (typeof UNIT_LETTERS)[number];

/** The ?letter= of a URL as a letter of the index (case-insensitive), or undefined for anything else. */
export function parseUnitLetter(text: string | undefined | null): UnitLetter | undefined {
  const letter = (text ?? "").trim().toUpperCase();
  return (UNIT_LETTERS as readonly string[]).includes(letter) ? (letter as UnitLetter) : undefined;
}
