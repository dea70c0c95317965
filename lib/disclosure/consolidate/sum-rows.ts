/**
 * Summing packages line by line: rows keyed by classification code are added field by field
 * (bigint 分, written back as the package's 元 strings), in code order. Pure.
 */
import { formatYuan, parseYuan, type Fen } from "../money";

/** The amount fields of a coded row type (every key but `code` whose value is a string amount). */
type AmountKeys<R> = { [K in keyof R]: K extends "code" ? never : R[K] extends string ? K : never }[keyof R] & string;

/** Adds the amount fields `keys` of every row with the same code; codes in ascending order. */
export function sumCodedRows<R extends { code: string }>(
  lists: readonly (readonly R[])[],
  keys: readonly AmountKeys<R>[],
): Map<string, Record<AmountKeys<R>, Fen>> {
  const out = new Map<string, Record<AmountKeys<R>, Fen>>();
  for (const rows of lists) {
    for (const row of rows) {
      let acc = out.get(row.code);
      if (!acc) {
        acc = Object.fromEntries(keys.map((k) => [k, 0n])) as Record<AmountKeys<R>, Fen>;
        out.set(row.code, acc);
      }
      for (const k of keys) acc[k] += parseYuan(row[k] as string);
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Back to package rows: `{ code, ...amounts as 元 strings }`. */
export function toRows<K extends string>(summed: Map<string, Record<K, Fen>>): ({ code: string } & Record<K, string>)[] {
  return [...summed.entries()].map(([code, amounts]) => {
    const row = { code } as { code: string } & Record<K, string>;
    for (const k of Object.keys(amounts) as K[]) (row as Record<K, string>)[k] = formatYuan(amounts[k]);
    return row;
  });
}

/** Adds the same amount fields of several flat objects (e.g. `balances`, a fund split). */
export function sumFields<K extends string>(objects: readonly Record<K, string>[], keys: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of keys) out[k] = formatYuan(objects.reduce((s, o) => s + parseYuan(o[k]), 0n));
  return out;
}

export function sumCounts(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
