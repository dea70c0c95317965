/** Reading and writing nested package values by key path (["fiscal", "income", "generalBudget"]). */
export function getIn(root: unknown, path: readonly string[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Sets a value, creating plain objects on the way; an undefined value leaves the key absent. */
export function setIn(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  if (value === undefined) return;
  let node = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object") node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/** `["income", 3, "fiscal"]`-style JSON path as the core prints it: `income[3].fiscal`. */
export function jsonPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}
