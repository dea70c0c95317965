/**
 * The build-time half of the lib/server guard (lib/server/server-only.ts is the run-time half):
 * no module that runs in the browser may import, even indirectly, a module under lib/server.
 *
 * Browser code is every "use client" module with what it imports, plus the entry of the chart
 * island that scripts/build-islands.mjs bundles with esbuild. The walk follows runtime imports
 * (import/export … from, side-effect imports, import("…")); `import type` and `export type` are
 * erased and not followed. A "use server" module reached from a "use client" module is where the
 * walk stops: Next bundles a reference to the server action there, not the module (esbuild
 * knows no such thing, so from the island entry nothing stops the walk).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE_DIRS = ["app", "components", "lib", "pages"];
const SKIPPED_DIRS = new Set(["node_modules", ".next", "lib/generated"]);
const CODE_EXTENSIONS = [".ts", ".tsx", ".mjs", ".js"];
const SERVER_DIR = "lib/server/";
/** Browser bundles Next does not build: the esbuild entry of scripts/build-islands.mjs. */
const ISLAND_ENTRIES = ["components/public/charts/document-chart-loader.ts"];

type Directive = "use client" | "use server" | null;
interface ModuleInfo {
  directive: Directive;
  /** Specifiers of the imports that remain at run time. */
  imports: string[];
  /** Every specifier, type-only imports included. */
  allSpecifiers: string[];
}

/** Source files (repo-relative, "/"-separated) under `dirs` of `root`. */
export function listSourceFiles(root: string, dirs = SOURCE_DIRS): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !SKIPPED_DIRS.has(child)) walk(child);
      } else if (/\.(ts|tsx|mjs)$/.test(entry.name) && !/\.d\.m?ts$/.test(entry.name)) {
        files.push(child);
      }
    }
  };
  for (const dir of dirs) if (statSync(path.join(root, dir), { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return files.sort();
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // import "x": a side effect
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

export function parseModule(file: string, source: string): ModuleInfo {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const first = sf.statements[0];
  let directive: Directive = null;
  if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)) {
    const text = first.expression.text;
    if (text === "use client" || text === "use server") directive = text;
  }
  const imports: string[] = [];
  const allSpecifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      allSpecifiers.push(node.moduleSpecifier.text);
      if (!isTypeOnlyImport(node)) imports.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      allSpecifiers.push(node.moduleSpecifier.text);
      if (!isTypeOnlyExport(node)) imports.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length > 0 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      allSpecifiers.push(node.arguments[0].text);
      imports.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node)) {
      return; // typeof import("x"): a type
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { directive, imports, allSpecifiers };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false; // missing, or a path through a file
  }
}

/**
 * The repo-relative file `specifier` (imported from `from`) names; null for packages and for
 * files that are not code (styles, JSON); undefined when it names code that does not exist.
 */
export function resolveImport(root: string, from: string, specifier: string): string | null | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith("./") || specifier.startsWith("../")) base = path.join(root, path.dirname(from), specifier);
  else return null;
  const candidates = [base, ...CODE_EXTENSIONS.map((e) => base + e), ...CODE_EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  const found = candidates.find((c) => isFile(c) && CODE_EXTENSIONS.some((e) => c.endsWith(e)));
  if (found) return path.relative(root, found).split(path.sep).join("/");
  const ext = path.extname(specifier);
  if (ext && !CODE_EXTENSIONS.includes(ext)) return null;
  return undefined;
}

export interface BrowserGraph {
  /** The "use client" modules found. */
  clientModules: string[];
  /** Every module reached from a browser entry (the entries included). */
  reached: Set<string>;
  /** Import chains from a browser entry to a module under lib/server. */
  violations: string[][];
  /** Imports in browser code that name a file that does not exist. */
  unresolved: string[];
  /** lib/server modules that browser code reached but `allowed` lets through. */
  allowedReached: Set<string>;
}

export function browserGraph(root: string, options: { islandEntries?: string[]; allowed?: ReadonlySet<string>; files?: string[] } = {}): BrowserGraph {
  const files = options.files ?? listSourceFiles(root);
  const cache = new Map<string, ModuleInfo>();
  const info = (file: string) => {
    let m = cache.get(file);
    if (!m) {
      m = parseModule(file, readFileSync(path.join(root, file), "utf8"));
      cache.set(file, m);
    }
    return m;
  };
  const clientModules = files.filter((f) => info(f).directive === "use client");
  const graph: BrowserGraph = { clientModules, reached: new Set(), violations: [], unresolved: [], allowedReached: new Set() };
  const walk = (entry: string, serverActionsAreReferences: boolean) => {
    const parent = new Map<string, string | null>([[entry, null]]);
    const chain = (file: string) => {
      const out = [file];
      for (let p = parent.get(file); p; p = parent.get(p)) out.unshift(p);
      return out;
    };
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.shift()!;
      graph.reached.add(file);
      for (const specifier of info(file).imports) {
        const target = resolveImport(root, file, specifier);
        if (target === null) continue;
        if (target === undefined) {
          graph.unresolved.push(`${file}: ${specifier}`);
          continue;
        }
        if (parent.has(target)) continue;
        parent.set(target, file);
        if (serverActionsAreReferences && info(target).directive === "use server") continue;
        if (target.startsWith(SERVER_DIR)) {
          if (options.allowed?.has(target)) graph.allowedReached.add(target);
          else {
            graph.violations.push(chain(target));
            continue;
          }
        }
        queue.push(target);
      }
    }
  };
  for (const entry of clientModules) walk(entry, true);
  for (const entry of options.islandEntries ?? []) walk(entry, false);
  return graph;
}

const formatChains = (chains: string[][]) => chains.map((c) => `  ${c.join(" → ")}`).join("\n");

describe("browser code never reaches lib/server", () => {
  let graph: BrowserGraph;
  // Parsing every module takes seconds on a busy machine.
  beforeAll(() => {
    graph = browserGraph(ROOT, { islandEntries: ISLAND_ENTRIES });
  }, 60_000);

  it("finds the client modules and what they import (so the check cannot pass on nothing)", () => {
    expect(graph.clientModules.length).toBeGreaterThan(3);
    expect(graph.clientModules).toContain("components/workspace/editor/draft-context.tsx");
    expect(graph.reached.size).toBeGreaterThan(graph.clientModules.length);
    for (const entry of ISLAND_ENTRIES) expect(graph.reached).toContain(entry);
  });

  it("no import chain from browser code ends under lib/server", () => {
    expect(graph.violations, `browser code imports lib/server:\n${formatChains(graph.violations)}`).toEqual([]);
  });

  it("every import in browser code resolves", () => {
    expect(graph.unresolved).toEqual([]);
  });

  it('no module imports the "server-only" package (Next refuses it in the Pages Router)', () => {
    const offenders = listSourceFiles(ROOT).filter((f) => parseModule(f, readFileSync(path.join(ROOT, f), "utf8")).allSpecifiers.includes("server-only"));
    expect(offenders, 'import "@/lib/server/server-only" instead').toEqual([]);
    // The replacement is what lib/server actually uses.
    const guarded = listSourceFiles(ROOT, ["lib/server"]).filter((f) =>
      parseModule(f, readFileSync(path.join(ROOT, f), "utf8")).imports.includes("@/lib/server/server-only"),
    );
    expect(guarded.length).toBeGreaterThan(10);
  }, 60_000);
});

describe("browserGraph on a fixture", () => {
  const root = mkdtempSync(path.join(tmpdir(), "architecture-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write(
    "components/widget.tsx",
    `/** A widget. */\n'use client';\nimport { helper } from "../lib/helper";\nimport styles from "./widget.module.css";\nimport React from "react";\nexport const W = () => helper;\n`,
  );
  write("lib/helper.ts", `import type { Row } from "@/lib/server/types";\nexport { db } from "@/lib/server/x";\nexport const helper = 1;\n`);
  write("lib/server/x.ts", `import "@/lib/server/server-only";\nexport const db = 1;\n`);
  write("lib/server/types.ts", `import "@/lib/server/server-only";\nexport type Row = { id: number };\n`);
  write("lib/server/server-only.ts", `export {};\n`);
  write("lib/server/secret.ts", `export const secret = 1;\n`);
  write("lib/server/action.ts", `"use server";\nimport { db } from "./x";\nexport async function act() { return db; }\n`);
  write(
    "components/form.tsx",
    `"use client";\nimport { act } from "@/lib/server/action";\nimport { type Row } from "@/lib/server/types";\nexport const F = () => act;\n`,
  );
  write("components/lazy.tsx", `"use client";\nconst Chart = () => import("./chart");\nexport default Chart;\n`);
  write("components/chart/index.tsx", `import { secret } from "@/lib/server/secret";\nexport default () => secret;\n`);
  write("components/server-page.tsx", `import { db } from "@/lib/server/x";\nexport const P = () => db;\n`);
  write("components/broken.tsx", `"use client";\nimport { nope } from "./missing";\nexport const B = nope;\n`);
  write("components/island.ts", `import { act } from "@/lib/server/action";\nexport const I = act;\n`);
  write("lib/generated/client.tsx", `"use client";\nimport { db } from "@/lib/server/x";\n`);

  it("reports the chain from a client module to lib/server, and only real runtime imports", () => {
    const g = browserGraph(root);
    expect(g.clientModules).toEqual(["components/broken.tsx", "components/form.tsx", "components/lazy.tsx", "components/widget.tsx"]);
    expect(g.violations).toEqual([
      ["components/lazy.tsx", "components/chart/index.tsx", "lib/server/secret.ts"],
      ["components/widget.tsx", "lib/helper.ts", "lib/server/x.ts"],
    ]);
    expect(g.unresolved).toEqual(["components/broken.tsx: ./missing"]);
    // The server action module is a reference, not followed; type-only imports are erased.
    expect(g.reached.has("lib/server/action.ts")).toBe(false);
    expect(g.reached.has("lib/server/types.ts")).toBe(false);
    expect(formatChains(g.violations)).toContain("components/widget.tsx → lib/helper.ts → lib/server/x.ts");
  });

  it("follows server actions from an esbuild island entry, and lets allowed pure modules through", () => {
    const g = browserGraph(root, { islandEntries: ["components/island.ts"], allowed: new Set(["lib/server/secret.ts"]) });
    expect(g.violations).toContainEqual(["components/island.ts", "lib/server/action.ts"]);
    expect(g.violations.some((c) => c.includes("lib/server/secret.ts"))).toBe(false);
    expect(g.allowedReached).toEqual(new Set(["lib/server/secret.ts"]));
  });

  it("reads directives and type-only imports as TypeScript does", () => {
    expect(parseModule("a.ts", `// note\n"use client"\nimport x from "y";`).directive).toBe("use client");
    expect(parseModule("a.ts", `import x from "y";\n"use client";`).directive).toBe(null);
    expect(parseModule("a.ts", `const s = "use client";`).directive).toBe(null);
    const m = parseModule(
      "a.tsx",
      `import type { A } from "t1";\nimport { type B, type C } from "t2";\nimport { type D, e } from "v1";\nimport "v2";\nexport type { F } from "t3";\nexport * from "v3";\ntype G = typeof import("t4");\n// import "c1";\nconst s = 'import "c2"';\n`,
    );
    expect(m.imports).toEqual(["v1", "v2", "v3"]);
    expect(m.allSpecifiers).toEqual(["t1", "t2", "v1", "v2", "t3", "v3"]);
  });
});

/**
 * The layer table of docs/ARCHITECTURE.md, enforced on runtime imports (type-only imports are
 * erased and may cross layers: components type their props with the data layer's shapes).
 */
interface LayerRule {
  layer: string;
  /** Files of the layer: repo-relative path prefixes. */
  where: string[];
  /** Import specifiers (packages) or resolved repo paths (prefixes) the layer must never reach. */
  never: { pattern: RegExp; why: string }[];
}

const NODE = { pattern: /^(node:|fs$|path$|os$|child_process$|crypto$)/, why: "Node APIs" };
const REACT_NEXT = { pattern: /^(react|react-dom|next)(\/|$)/, why: "React or Next" };
const DATABASE = { pattern: /^(@prisma\/|pg$|lib\/generated\/|lib\/server\/db\.ts$|lib\/server\/prisma-client\.ts$)/, why: "the database" };
// lib/server/errors.ts is pure (no server-only), the one module of lib/server helpers may use.
const SERVER = { pattern: /^lib\/server\/(?!errors\.ts$)/, why: "lib/server" };
const UI = { pattern: /^(app|pages|components)\//, why: "UI modules" };
const OTHER_LIB = { pattern: /^lib\/(?!disclosure\/)/, why: "anything outside the core" };

export const LAYERS: LayerRule[] = [
  { layer: "disclosure core", where: ["lib/disclosure/"], never: [DATABASE, REACT_NEXT, NODE, OTHER_LIB, UI] },
  { layer: "rules", where: ["lib/rules/"], never: [DATABASE, REACT_NEXT, NODE, SERVER, UI] },
  { layer: "pure helpers", where: ["lib/public/", "lib/workspace/", "lib/workbook/", "lib/admin/"], never: [DATABASE, REACT_NEXT, SERVER, UI] },
  { layer: "data access", where: ["lib/server/"], never: [UI] },
  { layer: "UI", where: ["app/", "pages/", "components/"], never: [DATABASE] },
];

/** Every runtime import that breaks the table, as "file → target (why)". */
export function layerViolations(root: string, files = listSourceFiles(root)): string[] {
  const out: string[] = [];
  for (const file of files) {
    const rule = LAYERS.find((l) => l.where.some((w) => file.startsWith(w)));
    if (!rule || /\.test\.tsx?$/.test(file) || file.includes("/testing/")) continue;
    for (const specifier of parseModule(file, readFileSync(path.join(root, file), "utf8")).imports) {
      const target = resolveImport(root, file, specifier) ?? specifier;
      if (target === undefined) continue;
      const hit = rule.never.find((n) => n.pattern.test(target));
      if (hit) out.push(`${rule.layer}: ${file} → ${target} (${hit.why})`);
    }
  }
  return out;
}

describe("the layer table of docs/ARCHITECTURE.md", () => {
  it("holds for every module", () => {
    const violations = layerViolations(ROOT);
    expect(violations, violations.join("\n")).toEqual([]);
  }, 60_000);

  it("catches each kind of crossing (fixture)", () => {
    const root = mkdtempSync(path.join(tmpdir(), "layers-"));
    try {
      const write = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      };
      write(
        "lib/disclosure/a.ts",
        `import { readFileSync } from "node:fs";\nimport { x } from "../rules/r";\nimport type { T } from "@/lib/server/t";\nexport const a = 1;\n`,
      );
      write("lib/rules/r.ts", `import { db } from "@/lib/server/db";\nexport const x = db;\n`);
      write("lib/server/db.ts", `export const db = 1;\n`);
      write("lib/server/t.ts", `export type T = 1;\nimport { P } from "@/components/p";\n`);
      write("components/p.tsx", `import { PrismaClient } from "@prisma/client";\nexport const P = PrismaClient;\n`);
      write("lib/workspace/w.ts", `import { useState } from "react";\nexport const w = useState;\n`);
      expect(layerViolations(root).sort()).toEqual([
        "UI: components/p.tsx → @prisma/client (the database)",
        "data access: lib/server/t.ts → components/p.tsx (UI modules)",
        "disclosure core: lib/disclosure/a.ts → lib/rules/r.ts (anything outside the core)",
        "disclosure core: lib/disclosure/a.ts → node:fs (Node APIs)",
        "pure helpers: lib/workspace/w.ts → react (React or Next)",
        "rules: lib/rules/r.ts → lib/server/db.ts (the database)",
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
