/**
 * `npm run bench` runs every bench section but "scale"; `npm run bench -- core` runs the named ones. A section
 * is a module under scripts/bench/ exporting `description` and `run()`; to add one (e.g. web
 * server load tests), add the module and a line to SECTIONS.
 */
// @ts-expect-error plain .mjs module without declarations, shared with npm test and npm run demo
import { ensureNodeModules, ensurePrismaClient } from "./lib/bootstrap.mjs";

interface Section {
  description: string;
  run(): void | Promise<void>;
}

const SECTIONS: Record<string, () => Promise<Section>> = {
  core: () => import("./bench/core"),
  web: () => import("./bench/web"),
  scale: () => import("./bench/scale"),
  import: () => import("./bench/import"),
  api: () => import("./bench/api"),
};

async function main(argv: string[]): Promise<number> {
  // On a fresh clone the generated Prisma client does not exist yet and the sections import it.
  ensureNodeModules();
  ensurePrismaClient();
  const unknown = argv.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    console.error(`不认识的测试项：${unknown.join("、")}\n用法：npm run bench [-- <测试项>...]\n可选测试项：${Object.keys(SECTIONS).join("、")}`);
    return 2;
  }
  // "scale" builds a 10,000 × 5 database the first time (most of an hour here): only when named.
  const names = argv.length > 0 ? argv : Object.keys(SECTIONS).filter((name) => name !== "scale");
  for (const name of names) {
    const section = await SECTIONS[name]();
    console.log(`== ${name}: ${section.description}`);
    await section.run();
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
