/**
 * Fields of an input that the package schema does not know, which parsing would silently drop
 * (issue 13, finding 8): a misspelt key is a figure or a text the clerk believes was imported.
 * Compares the raw input with what the schema kept. Pure.
 */
export function unknownFieldPaths(raw: unknown, kept: unknown, path = "", out: string[] = [], limit = 100): string[] {
  if (out.length >= limit) return out;
  if (Array.isArray(raw) && Array.isArray(kept)) {
    raw.forEach((item, i) => unknownFieldPaths(item, kept[i], `${path}[${i}]`, out, limit));
  } else if (raw && typeof raw === "object" && kept && typeof kept === "object" && !Array.isArray(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      const child = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(kept, key)) {
        if (out.length < limit) out.push(child);
      } else unknownFieldPaths(value, (kept as Record<string, unknown>)[key], child, out, limit);
    }
  }
  return out;
}
