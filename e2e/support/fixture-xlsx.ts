/**
 * `tsx e2e/support/fixture-xlsx.ts <out.xlsx> <year> [<unit code> <unit name>]`: the XLSX template
 * filled from the fixture, re-dated to <year> (and, given a unit, re-labelled for it). A separate
 * process because Playwright's loader cannot import the core's JSON code tables.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parsePackage } from "../../lib/disclosure/package";
import { writeWorkbook } from "../../lib/workbook/write-workbook";

const [out, year, unitCode, unitName] = process.argv.slice(2);
const parsed = parsePackage(JSON.parse(readFileSync(new URL("../../fixtures/lusong-trade-union-2020.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error("fixture invalid");
const unit = unitCode ? { ...parsed.package.unit, code: unitCode, name: unitName ?? parsed.package.unit.name } : parsed.package.unit;
writeFileSync(out, await writeWorkbook({ ...parsed.package, unit, year: Number(year) }));
