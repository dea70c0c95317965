import { describe, expect, it } from "vitest";
import fc from "fast-check";
import ExcelJS from "exceljs";
import fixture from "@/fixtures/lusong-trade-union-2020.json";
import { parsePackage, type TPackage } from "@/lib/disclosure/package";
import { NOT_A_WORKBOOK, NOT_THE_TEMPLATE, readWorkbook } from "./read-workbook";
import { writeWorkbook } from "./write-workbook";
import { arbitraryPackage } from "./package.arbitrary";

async function roundTrip(pkg: TPackage): Promise<unknown> {
  const result = await readWorkbook(await writeWorkbook(pkg));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.package;
}

describe("XLSX template", () => {
  it("gives back the fixture field for field", async () => {
    const parsed = parsePackage(fixture);
    if (!parsed.ok) throw new Error("fixture invalid");
    expect(await roundTrip(parsed.package)).toEqual(parsed.package);
  });

  it("gives back generated packages field for field", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPackage, async (pkg) => {
        expect(await roundTrip(pkg)).toEqual(pkg);
      }),
      { numRuns: 25 },
    );
  });

  it("locates every error by sheet, row and column and returns no package", async () => {
    const parsed = parsePackage(fixture);
    if (!parsed.ok) throw new Error("fixture invalid");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeWorkbook(parsed.package)) as unknown as ArrayBuffer);
    book.getWorksheet("公开02收入")!.getCell("C4").value = "12.345";
    book.getWorksheet("公开07三公经费")!.getCell("B13").value = "两个";
    book.getWorksheet("公开03支出")!.getCell("A3").value = "20A";
    const result = await readWorkbook(Buffer.from(await book.xlsx.writeBuffer()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: "公开02收入", row: 4, column: "C" }),
        expect.objectContaining({ sheet: "公开07三公经费", row: 13, column: "B", message: "数量必须是整数" }),
        expect.objectContaining({ sheet: "公开03支出", row: 3, column: "A", message: "科目编码只能包含数字" }),
      ]),
    );
  });

  it("accepts amounts a clerk typed as numbers or with thousands separators", async () => {
    const parsed = parsePackage(fixture);
    if (!parsed.ok) throw new Error("fixture invalid");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeWorkbook(parsed.package)) as unknown as ArrayBuffer);
    book.getWorksheet("公开02收入")!.getCell("C3").value = 14700.5;
    book.getWorksheet("公开02收入")!.getCell("C4").value = "972,200.1";
    const result = await readWorkbook(Buffer.from(await book.xlsx.writeBuffer()));
    expect(result.ok && result.package.income.slice(0, 2).map((r) => r.fiscal)).toEqual(["14700.50", "972200.10"]);
  });

  it("refuses a file that is not a workbook", async () => {
    const result = await readWorkbook(Buffer.from("not a zip"));
    expect(result.ok).toBe(false);
  });
});

describe("a file that is not the template", () => {
  it("a zip holding no workbook is told so once, not as seventeen missing sheets", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const result = await readWorkbook(await zip.generateAsync({ type: "uint8array" }));
    expect(result).toEqual({ ok: false, issues: [{ sheet: "", row: 0, column: "", message: NOT_A_WORKBOOK }] });
  });

  it("another spreadsheet is told it is not the template", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Sheet1").getCell("A1").value = 1;
    const result = await readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(result).toEqual({ ok: false, issues: [{ sheet: "", row: 0, column: "", message: NOT_THE_TEMPLATE }] });
  });
});
