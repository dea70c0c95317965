/**
 * A JSON encoding that keeps bigint (money in 分) and Date exact, for data that must cross a
 * JSON-only boundary — the props a Pages Router page receives from getStaticProps — and come back
 * with the same types. Tagged objects mark the two types plain JSON lacks.
 */
type Tagged = { $bigint: string } | { $date: string };

export function toWire(value: unknown): string {
  // JSON.stringify calls Date#toJSON before the replacer sees it: read the raw value from `this`.
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    if (typeof raw === "bigint") return { $bigint: raw.toString() } satisfies Tagged;
    if (raw instanceof Date) return { $date: raw.toISOString() } satisfies Tagged;
    return v;
  });
}

export function fromWire<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === "$bigint") return BigInt((v as { $bigint: string }).$bigint);
      if (keys.length === 1 && keys[0] === "$date") return new Date((v as { $date: string }).$date);
    }
    return v;
  }) as T;
}
