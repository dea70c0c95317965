/**
 * Issue 13: an XLSX may not inflate without bound (finding 5), and a formula without a stored
 * result is refused instead of being read as 0.00 (finding 8).
 */
import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import fixture from "@/fixtures/lusong-trade-union-2020.json";
import { parsePackage } from "@/lib/disclosure/package";
import { readWorkbook } from "./read-workbook";
import { writeWorkbook } from "./write-workbook";
import { checkZipLimits, ZIP_LIMITS } from "./zip-limits";

/** A minimal zip with the given entries; `declared` overrides an entry's stated size (a lie). */
function zip(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const body = deflateRawSync(entry.data);
    const name = Buffer.from(entry.name);
    const size = entry.declared ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

async function fixtureBook(): Promise<ExcelJS.Workbook> {
  const parsed = parsePackage(fixture);
  if (!parsed.ok) throw new Error("fixture invalid");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeWorkbook(parsed.package)) as unknown as ArrayBuffer);
  return book;
}

// Workbooks take seconds on a loaded 2-core machine.
const SLOW = { timeout: 60_000 };

describe("bounded XLSX inflation", SLOW, () => {
  it("accepts the platform's own template", async () => {
    const parsed = parsePackage(fixture);
    if (!parsed.ok) throw new Error("fixture invalid");
    expect(checkZipLimits(await writeWorkbook(parsed.package))).toEqual({ ok: true });
  });

  it("refuses a bomb by its declared size, before inflating anything", () => {
    const bomb = zip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(ZIP_LIMITS.maxEntryBytes + 1, 0x20) }]);
    expect(bomb.length).toBeLessThan(40_000);
    expect(checkZipLimits(bomb)).toEqual({ ok: false, corrupt: false, message: expect.stringContaining("解压后过大") });
  });

  it("refuses a bomb that lies about its size (inflation stops at the declared size)", () => {
    const liar = zip([{ name: "xl/sharedStrings.xml", data: Buffer.alloc(8 * 1024 * 1024, 0x41), declared: 1000 }]);
    expect(checkZipLimits(liar)).toEqual({ ok: false, corrupt: false, message: expect.stringContaining("解压后过大") });
  });

  it("refuses a suspicious ratio, too many entries and a total over the limit", () => {
    const small = { ...ZIP_LIMITS, ratioExemptBytes: 1000, maxTotalBytes: 10_000, maxEntries: 5 };
    const text = (n: number) => Buffer.from(randomBytes(n).toString("base64").slice(0, n));
    expect(checkZipLimits(zip([{ name: "a", data: Buffer.alloc(5000, 0) }]), small).ok).toBe(false);
    expect(checkZipLimits(zip([{ name: "a", data: text(5000) }]), small).ok).toBe(true);
    expect(checkZipLimits(zip(Array.from({ length: 6 }, (_, i) => ({ name: `e${i}`, data: Buffer.from("x") }))), small).ok).toBe(false);
    expect(
      checkZipLimits(
        zip([
          { name: "a", data: text(6000) },
          { name: "b", data: text(6000) },
        ]),
        small,
      ).ok,
    ).toBe(false);
  });

  it("readWorkbook answers a bomb with one Chinese issue", async () => {
    const result = await readWorkbook(zip([{ name: "xl/workbook.xml", data: Buffer.alloc(40 * 1024 * 1024, 0x20) }]));
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ message: expect.stringContaining("解压后过大") })] });
  });
});

describe("formulas", SLOW, () => {
  it("refuses a formula without a stored result instead of reading 0.00", async () => {
    const book = await fixtureBook();
    book.getWorksheet("公开02收入")!.getCell("C3").value = { formula: "SUM(D3:E3)" } as ExcelJS.CellFormulaValue;
    const result = await readWorkbook(Buffer.from(await book.xlsx.writeBuffer()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ sheet: "公开02收入", row: 3, column: "C", message: expect.stringContaining("公式没有保存计算结果") }),
    ]);
  });

  it("reads a formula's stored result", async () => {
    const book = await fixtureBook();
    book.getWorksheet("公开02收入")!.getCell("C3").value = { formula: "1+1", result: 14700.5 } as ExcelJS.CellFormulaValue;
    const result = await readWorkbook(Buffer.from(await book.xlsx.writeBuffer()));
    expect(result.ok && result.package.income[0].fiscal).toBe("14700.50");
  });
});
