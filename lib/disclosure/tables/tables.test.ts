import { describe, expect, it } from "vitest";
import { codeSetForYear } from "../codes";
import { formatWanTable } from "../money";
import type { DisclosureTable, TableRow } from "../model";
import { blankPackage, expenditureRow, fixturePackage, incomeRow } from "../testing/builders";
import { buildTables, UNKNOWN_NAME } from ".";

const codes = codeSetForYear(2020);
const tables = buildTables(fixturePackage(), codes);
const byId = (id: string) => tables.find((t) => t.id === id)!;

/** The cell of `row` in the column whose key is `key`, as the table prints it (万元). */
function cell(t: DisclosureTable, row: TableRow, key: string): string {
  const v = row.values[t.columns.findIndex((c) => c.key === key)];
  return typeof v === "bigint" ? formatWanTable(v) : String(v);
}
const rowOf = (t: DisclosureTable, code: string) => t.rows.find((r) => r.code === code)!;
const sideRow = (t: DisclosureTable, label: string, side = 0) => t.rows.find((r) => r.blocks?.[side]?.name === label)!;

describe("the nine tables of the reference report", () => {
  it("are 公开01–09 in order, every row as wide as the columns", () => {
    expect(tables.map((t) => t.id)).toEqual(["公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09"]);
    for (const t of tables) for (const r of t.rows) expect(r.values).toHaveLength(t.columns.length);
  });

  it("公开01: 本年收入合计 218.94, 总计 221.75 on both sides, one line per 类", () => {
    const t = byId("公开01");
    expect(cell(t, sideRow(t, "本年收入合计"), "incomeAmount")).toBe("218.94");
    expect(cell(t, sideRow(t, "一、一般公共预算财政拨款收入"), "incomeAmount")).toBe("218.94");
    expect(cell(t, sideRow(t, "年初结转和结余"), "incomeAmount")).toBe("2.81");
    const totals = t.rows.filter((r) => r.blocks?.[0]?.name === "总计");
    expect(totals).toHaveLength(1);
    expect(cell(t, totals[0], "incomeAmount")).toBe("221.75");
    expect(cell(t, totals[0], "expenditureAmount")).toBe("221.75");
    expect(cell(t, sideRow(t, "一、一般公共服务支出", 1), "expenditureAmount")).toBe("213.90");
    expect(cell(t, sideRow(t, "二、城乡社区支出", 1), "expenditureAmount")).toBe("5.04");
    expect(cell(t, sideRow(t, "本年支出合计", 1), "expenditureAmount")).toBe("218.94");
    expect(cell(t, sideRow(t, "年末结转和结余", 1), "expenditureAmount")).toBe("2.81");
    expect(t.rows.map((r) => r.values[1]).filter(Boolean)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(t.emptyNote).toBeNull();
  });

  it("公开02: 合计 first, then 类/款/项 in code order with names", () => {
    const t = byId("公开02");
    expect(t.rows[0].level).toBe("合计");
    expect(cell(t, t.rows[0], "total")).toBe("218.94");
    expect(cell(t, t.rows[0], "fiscal")).toBe("218.94");
    expect(t.rows.slice(1, 4).map((r) => [r.level, r.code, r.name])).toEqual([
      ["类", "201", "一般公共服务支出"],
      ["款", "20102", "政协事务"],
      ["项", "2010201", "行政运行"],
    ]);
    expect(cell(t, rowOf(t, "201"), "total")).toBe("213.90");
    expect(cell(t, rowOf(t, "20129"), "fiscal")).toBe("112.80");
    expect(cell(t, rowOf(t, "212"), "total")).toBe("5.04");
  });

  it("公开03: 基本支出 202.94, 项目支出 16.00", () => {
    const t = byId("公开03");
    expect(cell(t, t.rows[0], "total")).toBe("218.94");
    expect(cell(t, t.rows[0], "basic")).toBe("202.94");
    expect(cell(t, t.rows[0], "project")).toBe("16.00");
    expect(cell(t, rowOf(t, "2012901"), "project")).toBe("16.00");
  });

  it("公开04: fiscal 总计 218.94, spending by fund per 类", () => {
    const t = byId("公开04");
    const total = t.rows.find((r) => r.blocks?.[0]?.name === "总计")!;
    expect(cell(t, total, "incomeAmount")).toBe("218.94");
    expect(cell(t, total, "expenditureTotal")).toBe("218.94");
    const cls = sideRow(t, "一、一般公共服务支出", 1);
    expect(cell(t, cls, "expenditureTotal")).toBe("213.90");
    expect(cell(t, cls, "generalBudget")).toBe("213.90");
    expect(cell(t, cls, "governmentFund")).toBe("0.00");
  });

  it("公开05: 类 201 = 213.90; the budget-only line 2012999 is listed with zeros", () => {
    const t = byId("公开05");
    expect(cell(t, rowOf(t, "201"), "total")).toBe("213.90");
    expect(cell(t, rowOf(t, "212"), "total")).toBe("5.04");
    expect(cell(t, t.rows[0], "basic")).toBe("202.94");
    const idle = rowOf(t, "2012999");
    expect(idle.name).toBe("其他群众团体事务支出");
    expect(cell(t, idle, "total")).toBe("0.00");
  });

  it("公开06: 人员经费合计 141.64, 公用经费合计 61.30, 类 rows computed", () => {
    const t = byId("公开06");
    const last = t.rows[t.rows.length - 1];
    expect(last.level).toBe("合计");
    expect(cell(t, last, "personnelAmount")).toBe("141.64");
    expect(cell(t, last, "publicAmount")).toBe("61.30");
    expect(t.rows[0].blocks?.map((b) => b?.code)).toEqual(["301", "302"]);
    expect(cell(t, t.rows[0], "personnelAmount")).toBe("124.00");
    const r303 = t.rows.find((r) => r.blocks?.[0]?.code === "303")!;
    expect(cell(t, r303, "personnelAmount")).toBe("17.64");
    expect(r303.blocks?.[1]).toBeNull();
  });

  it("公开07–09 are empty and say why, with the year", () => {
    expect(byId("公开07").emptyNote).toBe("本单位2020年度没有使用一般公共预算财政拨款安排的“三公”经费，故本表无数据。");
    expect(byId("公开07").rows).toHaveLength(1);
    expect(byId("公开08").emptyNote).toBe("本单位2020年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。");
    expect(byId("公开08").rows).toEqual([]);
    expect(byId("公开09").emptyNote).toBe("本单位2020年度没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。");
    for (const id of ["公开01", "公开02", "公开03", "公开04", "公开05", "公开06"]) expect(byId(id).emptyNote).toBeNull();
  });
});

describe("grouped headers", () => {
  /** Places every header cell on a grid as HTML would; the grid must be exactly full. */
  function grid(t: DisclosureTable): boolean[][] {
    const height = t.headerRows.length;
    const g = Array.from({ length: height }, () => new Array<boolean>(t.columns.length).fill(false));
    t.headerRows.forEach((cells, r) => {
      let c = 0;
      for (const cellDef of cells) {
        while (g[r][c]) c++;
        for (let dr = 0; dr < cellDef.rowSpan; dr++)
          for (let dc = 0; dc < cellDef.colSpan; dc++) {
            expect(g[r + dr]?.[c + dc], `${t.id} header overlaps or overflows at ${r + dr},${c + dc}`).toBe(false);
            g[r + dr][c + dc] = true;
          }
        c += cellDef.colSpan;
      }
    });
    return g;
  }

  it.each(tables.map((t) => [t.id, t] as const))("%s: the header cells tile the columns exactly", (_id, t) => {
    expect(grid(t).every((row) => row.every(Boolean))).toBe(true);
  });

  it("公开07 groups 预算数/决算数 → 公务用车购置及运行费 → 小计/购置/运行", () => {
    const t = byId("公开07");
    expect(t.headerRows.map((r) => r.map((c) => c.label))).toEqual([
      ["预算数", "决算数"],
      ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
      ["小计", "公务用车购置费", "公务用车运行费", "小计", "公务用车购置费", "公务用车运行费"],
    ]);
  });

  it("公开08 groups 本年支出 over 小计/基本支出/项目支出", () => {
    expect(byId("公开08").headerRows[0].map((c) => [c.label, c.colSpan, c.rowSpan])).toEqual([
      ["项目", 2, 1],
      ["年初结转和结余", 1, 2],
      ["本年收入", 1, 2],
      ["本年支出", 3, 1],
      ["年末结转和结余", 1, 2],
    ]);
  });
});

describe("rows a clerk entered", () => {
  it("an unknown code is named （未知科目） and rolled up under its prefixes, never a crash", () => {
    const pkg = blankPackage();
    pkg.income = [incomeRow("9990101", { fiscal: 100n }), incomeRow("201", { fiscal: 5n })];
    const t02 = buildTables(pkg, codes)[1];
    expect(t02.rows.map((r) => [r.level, r.code, r.name])).toEqual([
      ["合计", undefined, "合计"],
      ["类", "201", "一般公共服务支出"],
      ["款", "201", "一般公共服务支出"], // a too-short code is its own parent; R2 reports it
      ["项", "201", "一般公共服务支出"],
      ["类", "999", UNKNOWN_NAME],
      ["款", "99901", UNKNOWN_NAME],
      ["项", "9990101", UNKNOWN_NAME],
    ]);
  });

  it("without a code set every name is （未知科目）", () => {
    const pkg = fixturePackage();
    const t05 = buildTables(pkg, null)[4];
    expect(t05.rows.slice(1).every((r) => r.name === UNKNOWN_NAME)).toBe(true);
  });

  it("an all-zero entered line is still listed; nothing entered means no rows", () => {
    const pkg = blankPackage();
    pkg.expenditure = [expenditureRow("2010201")];
    const [t01, , t03] = buildTables(pkg, codes);
    expect(t03.rows.map((r) => r.code)).toEqual([undefined, "201", "20102", "2010201"]);
    expect(t03.emptyNote).toBe("本单位2020年度没有支出，故本表无数据。");
    expect(t01.rows.some((r) => r.blocks?.[1]?.code === "201")).toBe(true);
    expect(buildTables(blankPackage(), codes)[2].rows).toEqual([]);
  });

  it("duplicate codes stay two lines, and the parents sum both", () => {
    const pkg = blankPackage();
    pkg.expenditure = [expenditureRow("2010201", { basic: 100n }), expenditureRow("2010201", { basic: 250n })];
    const t03 = buildTables(pkg, codes)[2];
    expect(t03.rows.filter((r) => r.code === "2010201")).toHaveLength(2);
    expect(t03.rows.find((r) => r.code === "201")!.values[3]).toBe(350n);
  });

  it("公开06 keeps a 款 in the block it was entered in (R2 reports it)", () => {
    const pkg = blankPackage();
    pkg.basicExpenditure = { personnel: [{ code: "30201", amount: "10.00" }], public: [] };
    const t06 = buildTables(pkg, codes)[5];
    expect(t06.rows[0].blocks?.[0]?.code).toBe("302");
    expect(t06.rows[t06.rows.length - 1].values[2]).toBe(1000n);
  });

  it("an empty package yields nine tables, each with its note", () => {
    const all = buildTables(blankPackage(2021), codes);
    expect(all.every((t) => t.emptyNote?.startsWith("本单位2021年度"))).toBe(true);
  });
});
