/**
 * `npm run bench:data -- --units N --years Y [--out DIR]`: writes N × Y synthetic, balanced
 * disclosure packages (scripts/bench/synthetic-data.ts) as files `DIR/<year>/<unit code>.json`,
 * for the import and scale benchmarks. Never part of the demo. A directory already holding the
 * same set (manifest.json: generator version, units, years) is reused.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { serializePackage } from "../lib/disclosure/serialize";
import { SYNTHETIC_FIRST_YEAR, SYNTHETIC_VERSION, syntheticPackage } from "./bench/synthetic-data";
import { loadFixture } from "./db/seed-data";
import { REPO_ROOT } from "./db/paths";

function main(): number {
  const { values } = parseArgs({
    options: { units: { type: "string", default: "1000" }, years: { type: "string", default: "1" }, out: { type: "string" } },
  });
  const units = Number(values.units);
  const years = Number(values.years);
  if (!Number.isInteger(units) || units < 1 || units > 100_000 || !Number.isInteger(years) || years < 1 || years > 10) {
    console.error("用法：npm run bench:data -- --units <1–100000> --years <1–10> [--out 目录]");
    return 2;
  }
  const out = path.resolve(values.out ?? path.join(REPO_ROOT, ".data/bench-data", `${units}x${years}`));
  const manifest = { version: SYNTHETIC_VERSION, units, years, firstYear: SYNTHETIC_FIRST_YEAR };
  const manifestPath = path.join(out, "manifest.json");
  if (existsSync(manifestPath) && readFileSync(manifestPath, "utf8") === JSON.stringify(manifest)) {
    console.log(`已存在，复用：${out}（${units}个单位 × ${years}年）`);
    return 0;
  }
  const reference = loadFixture();
  const started = Date.now();
  for (let y = 0; y < years; y++) {
    const year = SYNTHETIC_FIRST_YEAR + y;
    const dir = path.join(out, String(year));
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < units; i++) {
      const pkg = syntheticPackage(reference, i, year);
      writeFileSync(path.join(dir, `${pkg.unit.code}.json`), serializePackage(pkg));
    }
    process.stderr.write(`${year}年：${units}个数据包\n`);
  }
  writeFileSync(manifestPath, JSON.stringify(manifest));
  console.log(`已写入 ${units * years} 个示例数据包到 ${out}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
  return 0;
}

process.exitCode = main();
