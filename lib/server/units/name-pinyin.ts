import "@/lib/server/server-only";
import { pinyin } from "pinyin-pro";

/**
 * A unit name's pinyin as its sort and index key: lower-case syllables without tones, separated
 * by spaces (ü as v), other characters kept as they are ("株洲市芦淞区总工会" → "zhu zhou shi lu
 * song qu zong gong hui"). pinyin-pro reads words, so 长沙 is chang sha and 重庆 chong qing. Its
 * first character is the unit's letter in /units?letter= (lib/public/unit-letters.ts); computed
 * in TypeScript on every write of a unit's name (PostgreSQL has no pinyin dictionary).
 */
export function namePinyin(name: string): string {
  return pinyin(name.trim(), { toneType: "none", v: true, nonZh: "consecutive" }).toLowerCase().replace(/\s+/g, " ");
}

/** What a unit row stores of its name for the letter index: the pinyin key and its first letter. */
export function unitNameKeys(name: string): { namePinyin: string; nameInitial: string } {
  const key = namePinyin(name);
  const first = key.charAt(0).toUpperCase();
  return { namePinyin: key, nameInitial: first >= "A" && first <= "Z" ? first : "#" };
}
