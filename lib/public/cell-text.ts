import { formatWanTable } from "@/lib/disclosure/money";
import type { CellValue, ColumnKind } from "@/lib/disclosure/model";

/**
 * The text of one table cell as every public rendering shows it (HTML, CSV, print): amounts in
 * 万元 with two decimals via the core's formatter, counts as integers, blanks empty.
 */
export function cellText(value: CellValue, kind: ColumnKind): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "bigint") return formatWanTable(value);
  if (kind === "count") return String(value);
  return String(value);
}
