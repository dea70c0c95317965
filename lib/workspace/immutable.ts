/** Immutable updates of the package by key path, for the editors. Pure. */
export type KeyPath = readonly (string | number)[];

export function getPath(root: unknown, path: KeyPath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `value` at `path` (copies only the nodes on the way); undefined removes the key. */
export function setPath<T>(root: T, path: KeyPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const node = (root ?? (typeof key === "number" ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
  const child = setPath(node[key], rest, value);
  if (child === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = child;
  return copy as T;
}

/** `["income", 3, "fiscal"]` → `income[3].fiscal`, the core's path spelling. */
export function pathString(path: KeyPath): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
}
