/**
 * `npm run disclosure -- import <files or folders> [--publish] [--dry-run]`: the bulk import.
 *
 * Without DATABASE_URL it writes to the embedded database of `npm run demo` (started, and migrated,
 * if needed); with it, to that database. Every package is its own transaction (see
 * lib/server/import/import-disclosure-package.ts); packages of one unit go in year order so that a
 * year finds the previous one published, and units are imported a few at a time.
 */
import { readFile } from "node:fs/promises";
import { ensureDatabase } from "../db/ensure-db";
import { ensureGeneratedClient } from "../db/generate";
import { loadDotEnv } from "../db/load-env";
import { migrate } from "../db/migrations";
import { collectPackageFiles } from "./collect-package-files";
import { importSummary, type FileOutcome } from "./import-summary";
import { progressBar } from "./progress";

export const IMPORT_USAGE = `用法：
  npm run disclosure -- import <文件或目录>… [--publish] [--dry-run]
      导入数据包（.json 或 .xlsx；目录中的文件逐层查找）。每个数据包单独成功或失败；
      单位不存在时按数据包中的单位信息新建；内容未变的数据包跳过。
      --publish  导入后直接发布（与审核人发布相同的流程，操作记录注明由导入完成）
      --dry-run  完整检查但不写入任何数据
      未设置 DATABASE_URL 时写入 npm run demo 使用的内置数据库
退出码：0 没有被拒绝的文件；1 有文件被拒绝；2 命令有误`;

export class ImportUsageError extends Error {}

export interface ImportArgs {
  paths: string[];
  publish: boolean;
  dryRun: boolean;
}

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const paths: string[] = [];
  let publish = false;
  let dryRun = false;
  for (const arg of argv) {
    if (arg === "--publish") publish = true;
    else if (arg === "--dry-run") dryRun = true;
    else if (arg.startsWith("--")) throw new ImportUsageError(`不认识的参数：${arg}\n\n${IMPORT_USAGE}`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new ImportUsageError(`缺少要导入的文件或目录\n\n${IMPORT_USAGE}`);
  return { paths, publish, dryRun };
}

const CONCURRENCY = 8;

interface Parsed {
  file: string;
  pkg?: import("../../lib/disclosure/package").TPackage;
  issues?: string[];
}

/** Units in waves: a unit whose parent is imported in the same run waits for the parent's wave. */
function waves(groups: Map<string, Parsed[]>): string[][] {
  const parentOf = new Map([...groups].map(([code, items]) => [code, items[0].pkg!.unit.parentCode ?? null]));
  const placed = new Set<string>();
  const out: string[][] = [];
  let pending = [...groups.keys()];
  while (pending.length > 0) {
    const wave = pending.filter((code) => {
      const parent = parentOf.get(code);
      return !parent || !groups.has(parent) || placed.has(parent) || parent === code;
    });
    // A cycle among the packages' parents: let the rest go together; the checks refuse what is wrong.
    const next = wave.length > 0 ? wave : pending;
    out.push(next);
    for (const code of next) placed.add(code);
    pending = pending.filter((code) => !placed.has(code));
  }
  return out;
}

async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let index = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (index < items.length) await work(items[index++]);
    }),
  );
}

export async function runImport(argv: readonly string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const args = parseImportArgs(argv);
  const started = Date.now();
  loadDotEnv();
  ensureGeneratedClient();
  const database = await ensureDatabase({ purpose: "demo" });
  try {
    if (database.source !== "env") await migrate({ url: database.url });
    process.env.DATABASE_URL = database.url;
    const { readPackageFile } = await import("../../lib/server/import/read-package-file");
    const { importDisclosurePackage } = await import("../../lib/server/import/import-disclosure-package");
    const { db } = await import("../../lib/server/db");
    const { withCodeSetsCached } = await import("../../lib/server/codes/load-code-sets");

    const { files, missing } = collectPackageFiles(args.paths);
    const outcomes: FileOutcome[] = missing.map((file) => ({ file, status: "refused", reason: "文件或目录不存在" }));
    const parsed: Parsed[] = await Promise.all(
      files.map(async (file) => {
        const result = await readPackageFile(new Uint8Array(await readFile(file)), file);
        return result.ok ? { file, pkg: result.package } : { file, issues: result.issues };
      }),
    );
    for (const p of parsed.filter((p) => p.issues)) {
      outcomes.push({ file: p.file, status: "refused", reason: `数据包无效（${p.issues!.length} 处问题）：${p.issues!.slice(0, 3).join("；")}` });
    }
    const groups = new Map<string, Parsed[]>();
    for (const p of parsed.filter((p) => p.pkg)) groups.set(p.pkg!.unit.code, [...(groups.get(p.pkg!.unit.code) ?? []), p]);
    for (const items of groups.values()) items.sort((a, b) => a.pkg!.year - b.pkg!.year);

    const total = files.length + missing.length;
    const bar = progressBar(total);
    const tally = () =>
      `导入 ${outcomes.filter((o) => o.status !== "refused" && o.status !== "unchanged").length}，未变 ${outcomes.filter((o) => o.status === "unchanged").length}，拒绝 ${outcomes.filter((o) => o.status === "refused").length}`;
    bar.update(outcomes.length, tally());
    const knownYears = new Set<number>();
    const { getDefaultGlossary } = await import("../../lib/server/texts/get-default-glossary");
    const defaultGlossary = await getDefaultGlossary(db());
    const glossary = defaultGlossary.edited ? defaultGlossary.entries : null;
    // The code sets are read once for the run (the import writes no codes).
    await withCodeSetsCached(async () => {
      for (const wave of waves(groups)) {
        await pool(wave, CONCURRENCY, async (unitCode) => {
          for (const item of groups.get(unitCode)!) {
            try {
              const result = await importDisclosurePackage({
                file: item.file,
                package: item.pkg!,
                dryRun: args.dryRun,
                publish: args.publish,
                knownYears,
                glossary,
              });
              outcomes.push({ file: item.file, ...result });
            } catch (error) {
              outcomes.push({ file: item.file, status: "refused", reason: `意外错误：${(error as Error).message}` });
            }
            bar.update(outcomes.length, tally());
          }
        });
      }
    });
    bar.done();
    const order = new Map([...missing, ...files].map((f, i) => [f, i]));
    outcomes.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
    process.stdout.write(`${importSummary(outcomes, { dryRun: args.dryRun, publish: args.publish, seconds: (Date.now() - started) / 1000 })}\n`);
    await db().$disconnect();
    return outcomes.some((o) => o.status === "refused") ? 1 : 0;
  } finally {
    await database.stop();
  }
}
