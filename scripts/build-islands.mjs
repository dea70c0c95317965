// Bundles the script of the published report documents (components/public/charts/
// document-chart-loader.ts and, as a lazily loaded chunk, React + recharts) into public/islands/,
// with content-hashed names, and writes the loader's URL to lib/generated/islands.json for the
// documents to reference. Those documents are Pages Router pages without Next's runtime, so Next
// does not bundle a script for them. Runs before `next build` (npm run build) and in the bootstraps.
import { build } from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const outdir = path.join(root, "public/islands");
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { "document-chart-loader": "components/public/charts/document-chart-loader.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  minify: true,
  target: ["es2020"],
  jsx: "automatic",
  entryNames: "[name]-[hash]",
  chunkNames: "chunk-[hash]",
  define: { "process.env.NODE_ENV": '"production"' },
  metafile: true,
  logLevel: "warning",
  // recharts' "use client" directives mean nothing outside Next.
  logOverride: { "unsupported-directive": "silent" },
});
const loader = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint?.endsWith("document-chart-loader.ts"));
if (!loader) throw new Error("build-islands: 找不到图表加载脚本的输出");
const url = `/islands/${path.basename(loader[0])}`;
mkdirSync(path.join(root, "lib/generated"), { recursive: true });
writeFileSync(path.join(root, "lib/generated/islands.json"), `${JSON.stringify({ chartLoader: url }, null, 2)}\n`);
console.log(`[gongkai] 图表脚本：${url}`);
