/**
 * Prints, as JSON, the cells of one table of the reference fixture as the core renders and the
 * public site formats them: `npx tsx e2e/support/print-table-cells.ts g01`. Run through tsx because
 * Playwright's loader cannot import the core's JSON code sets.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePackage, renderReport } from "../../lib/disclosure";
import { cellText } from "../../lib/public/cell-text";

const key = process.argv[2] ?? "g01";
const parsed = parsePackage(JSON.parse(readFileSync(path.join(import.meta.dirname, "../../fixtures/lusong-trade-union-2020.json"), "utf8")));
if (!parsed.ok) throw new Error("fixture");
const table = renderReport(parsed.package).tables.find((t) => t.key === key)!;
console.log(JSON.stringify(table.rows.map((row) => row.values.map((v, i) => cellText(v, table.columns[i].kind)))));
