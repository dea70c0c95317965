/** End to end: spawns the CLI as `npm run disclosure` would (tsx), checks stdout, stderr and exit codes. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const FIXTURE = path.join(root, "fixtures/lusong-trade-union-2020.json");
const dir = mkdtempSync(path.join(tmpdir(), "disclosure-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/disclosure-cli.ts", ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function writePackage(name: string, edit: (pkg: Record<string, any>) => void): string {
  const pkg = JSON.parse(readFileSync(FIXTURE, "utf8"));
  edit(pkg);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(pkg));
  return file;
}

describe("disclosure CLI", { timeout: 30_000 }, () => {
  it("render prints one JSON object with 9 tables, 11 sections and the checks", () => {
    const r = cli("render", FIXTURE);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["unit", "year", "tables", "narrative", "checks"]);
    expect(json.unit.name).toBe("株洲市芦淞区总工会");
    expect(json.tables.map((t: { id: string }) => t.id)).toEqual(["公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09"]);
    expect(json.narrative.map((s: { section: number }) => s.section)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(Object.keys(json.narrative[0])).toEqual(["section", "title", "text"]);
    expect(json.checks).toEqual([expect.objectContaining({ rule: "W3", severity: "warning" })]);
    expect(json.tables[1].rows[0].values[2]).toBe("2189400.00");
  });

  it("render --prior uses last year's package instead of the priorYear block", () => {
    const prior = writePackage("prior.json", (p) => {
      p.year = 2019;
    });
    const r = cli("render", FIXTURE, "--prior", prior);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).narrative[0].text).toContain("与上年持平");
  });

  it("--prior must be the previous year", () => {
    const r = cli("check", FIXTURE, `--prior=${FIXTURE}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("的年度为2020年，应为2019年");
  });

  it("check: warnings only → exit 0, lines in Chinese", () => {
    const r = cli("check", FIXTURE);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "警告 [W3] 公开05 科目2012999（其他群众团体事务支出） 年初预算数 = 42.00万元，但没有支出（决算数为0），请核实（generalBudgetExpenditure[3].basic）\n共 0 个错误，1 个警告。\n",
    );
  });

  it("check: a blocking error → exit 1", () => {
    const file = writePackage("unbalanced.json", (p) => {
      p.balances.closingCarryover = "10600.00";
    });
    const r = cli("check", file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "错误 [R3] 公开01 收支不平衡：本年收入合计+使用非财政拨款结余+年初结转和结余 = 221.75万元，本年支出合计+结余分配+年末结转和结余 = 220.00万元，相差1.75万元",
    );
  });

  it("schema errors → exit 2 with every message on stderr, nothing on stdout", () => {
    const file = writePackage("invalid.json", (p) => {
      p.income[3].fiscal = "1.234";
      p.year = "2020";
      delete p.balances;
    });
    for (const command of ["render", "check"]) {
      const r = cli(command, file);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("公开02 收入决算表 第4行 财政拨款收入：金额最多两位小数");
      expect(r.stderr).toContain("概况 年度：年度必须是整数");
      expect(r.stderr).toContain("公开01 收入支出决算总表：整块缺少，应有使用非财政拨款结余、年初结转和结余、结余分配、年末结转和结余");
      expect(r.stderr).toContain("共 3 处问题");
    }
  });

  it("unreadable file, not JSON, wrong format → exit 2", () => {
    expect(cli("render", path.join(dir, "missing.json"))).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("文件不存在") });
    const notJson = path.join(dir, "not.json");
    writeFileSync(notJson, "{ not json");
    expect(cli("check", notJson)).toMatchObject({ code: 2, stderr: expect.stringContaining("文件不是有效的 JSON") });
    const wrong = writePackage("wrong-format.json", (p) => {
      p.format = "something-else";
    });
    expect(cli("render", wrong)).toMatchObject({ code: 2, stderr: expect.stringContaining("概况 数据格式：数据格式应为") });
    expect(cli("render", dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("目录") });
  });

  it("template prints a valid empty package whose only finding is R10 (nothing entered yet)", () => {
    const r = cli("template", "--unit", "430203-zgh", "--year", "2021", "--name", "株洲市芦淞区总工会");
    expect(r.code).toBe(0);
    const pkg = JSON.parse(r.stdout);
    expect(pkg).toMatchObject({ format: "budget-disclosure/1", year: 2021, unit: { code: "430203-zgh", name: "株洲市芦淞区总工会" }, income: [] });
    const file = path.join(dir, "template.json");
    writeFileSync(file, r.stdout);
    // Schema-valid and balanced; the one blocking error is that no income or spending was entered.
    const checked = cli("check", file);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/^错误 \[R10\] /);
    expect(checked.stdout).toContain("共 1 个错误，0 个警告。");
  });

  it("usage in Chinese on stderr, exit 2: unknown command, missing arguments, bad flags", () => {
    for (const args of [
      [],
      ["frob"],
      ["render"],
      ["template", "--unit", "X"],
      ["template", "--unit", "X", "--year", "20x1"],
      ["check", FIXTURE, "--bogus", "1"],
      ["render", FIXTURE, "--prior"],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/用法|年度必须是|缺少|不认识/);
    }
  });

  it("`npm run --silent disclosure -- render` gives clean JSON on stdout", () => {
    const r = spawnSync("npm", ["run", "--silent", "disclosure", "--", "render", FIXTURE], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).year).toBe(2020);
  });
});
