/**
 * `tsx e2e/support/fixture-xlsx.ts <out.xlsx> <year>`: the XLSX template filled from the fixture,
 * re-dated to <year>. A separate process because Playwright's loader cannot import the core's
 * JSON code tables.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parsePackage } from "../../lib/disclosure/package";
import { writeWorkbook } from "../../lib/workbook/write-workbook";

const [out, year] = process.argv.slice(2);
const parsed = parsePackage(JSON.parse(readFileSync(new URL("../../fixtures/lusong-trade-union-2020.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error("fixture invalid");
writeFileSync(out, await writeWorkbook({ ...parsed.package, year: Number(year) }));
