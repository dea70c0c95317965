import "@/lib/server/server-only";

/**
 * A value this worker keeps under the state key it was computed from (see decision 004, 7): the
 * caller reads the key (one query of index lookups) on every call, and `compute` runs only when
 * the key differs from the last one. Up to `size` keys are kept (one per year or filter), oldest
 * out first. Never stale: a changed state is a different key.
 */
export function stateMemo<A extends unknown[], T>(compute: (...args: A) => Promise<T>, size = 16) {
  const entries = new Map<string, T>();
  return async (key: string, ...args: A): Promise<T> => {
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const value = await compute(...args);
    entries.set(key, value);
    if (entries.size > size) entries.delete(entries.keys().next().value!);
    return value;
  };
}
