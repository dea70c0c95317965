/**
 * The unit-list import's plan: which rows create a unit, change one, leave one as it is, or are
 * refused (with the row and the reason, in Chinese). Pure: the caller passes the units the file
 * names that exist already. The import is all-or-nothing: any refused row refuses the file.
 */
import { ZUnitFields, type TUnitFields } from "./schemas";

/** Accepted headers per field: Chinese as in our template, or the package's English keys. */
const HEADERS: Record<keyof TUnitFields, string[]> = {
  code: ["单位编码", "编码", "code"],
  name: ["单位名称", "名称", "name"],
  shortName: ["单位简称", "简称", "shortname"],
  region: ["所属地区", "地区", "region"],
  category: ["单位类别", "类别", "category"],
  parentCode: ["上级单位编码", "上级编码", "parentcode"],
};

export const UNIT_LIST_TEMPLATE_HEADER = ["单位编码", "单位名称", "单位简称", "所属地区", "单位类别", "上级单位编码"];

export interface UnitListRow {
  /** 1-based row in the file (the header is row 1). */
  line: number;
  code: string;
  name: string;
  outcome: "create" | "update" | "unchanged" | "refused";
  /** Refused: why. Update: the fields that change, named in Chinese. */
  detail?: string;
  fields?: TUnitFields;
}

export type UnitListPlan = { ok: true; rows: UnitListRow[]; counts: Record<UnitListRow["outcome"], number> } | { ok: false; message: string };

const FIELD_LABELS: Record<keyof TUnitFields, string> = {
  code: "单位编码",
  name: "单位名称",
  shortName: "单位简称",
  region: "所属地区",
  category: "单位类别",
  parentCode: "上级单位编码",
};

export function unitListCodes(rows: string[][]): string[] {
  const columns = headerColumns(rows[0] ?? []);
  if (!columns) return [];
  return rows
    .slice(1)
    .flatMap((r) => [r[columns.code] ?? "", columns.parentCode >= 0 ? (r[columns.parentCode] ?? "") : ""])
    .filter(Boolean);
}

function headerColumns(header: string[]): Record<keyof TUnitFields, number> | null {
  const normal = header.map((h) =>
    h
      .replace(/^\uFEFF/, "")
      .replace(/\s/g, "")
      .toLowerCase(),
  );
  const out = {} as Record<keyof TUnitFields, number>;
  for (const [field, names] of Object.entries(HEADERS) as [keyof TUnitFields, string[]][]) {
    out[field] = normal.findIndex((h) => names.includes(h));
    if (out[field] < 0 && field !== "parentCode") return null;
  }
  return out;
}

/** Orders `rows` so that every parent in the file comes before its children (cycles are refused by the caller). */
function parentsFirst(rows: UnitListRow[]): UnitListRow[] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const done = new Set<string>();
  const out: UnitListRow[] = [];
  const visit = (row: UnitListRow, depth: number) => {
    if (done.has(row.code) || depth > rows.length) return;
    const parent = row.fields?.parentCode ? byCode.get(row.fields.parentCode) : undefined;
    if (parent) visit(parent, depth + 1);
    done.add(row.code);
    out.push(row);
  };
  for (const row of rows) visit(row, 0);
  return out;
}

export function planUnitList(rows: string[][], existing: ReadonlyMap<string, TUnitFields>): UnitListPlan {
  const columns = headerColumns(rows[0] ?? []);
  if (!columns) return { ok: false, message: `第 1 行应为表头，至少包含：${UNIT_LIST_TEMPLATE_HEADER.slice(0, 5).join("、")}` };
  if (rows.length < 2) return { ok: false, message: "文件中没有单位" };
  const seen = new Map<string, number>();
  const planned: UnitListRow[] = rows.slice(1).map((cells, i) => {
    const line = i + 2;
    const raw = Object.fromEntries((Object.keys(columns) as (keyof TUnitFields)[]).map((f) => [f, columns[f] >= 0 ? (cells[columns[f]] ?? "") : ""]));
    const parsed = ZUnitFields.safeParse(raw);
    const code = String(raw.code ?? "").trim();
    const name = String(raw.name ?? "").trim();
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = FIELD_LABELS[issue.path[0] as keyof TUnitFields] ?? "";
      return { line, code, name, outcome: "refused", detail: issue.message.includes(field) ? issue.message : `${field}：${issue.message}` };
    }
    const fields = parsed.data;
    if (seen.has(fields.code)) return { line, code, name, outcome: "refused", detail: `单位编码 ${fields.code} 与第 ${seen.get(fields.code)} 行重复` };
    seen.set(fields.code, line);
    if (fields.parentCode === fields.code) return { line, code, name, outcome: "refused", detail: "上级单位不能是自己" };
    const before = existing.get(fields.code);
    if (!before) return { line, code, name, outcome: "create", fields };
    const changed = (Object.keys(FIELD_LABELS) as (keyof TUnitFields)[]).filter((f) => (before[f] ?? null) !== (fields[f] ?? null));
    return changed.length === 0
      ? { line, code, name, outcome: "unchanged", fields }
      : { line, code, name, outcome: "update", fields, detail: `修改：${changed.map((f) => FIELD_LABELS[f]).join("、")}` };
  });
  const inFile = new Set(planned.filter((r) => r.fields).map((r) => r.code));
  for (const row of planned) {
    const parent = row.fields?.parentCode;
    if (parent && !inFile.has(parent) && !existing.has(parent)) {
      Object.assign(row, { outcome: "refused", detail: `上级单位编码 ${parent} 既不在系统中，也不在本文件中`, fields: undefined });
    }
  }
  const ordered = parentsFirst(planned);
  const counts = { create: 0, update: 0, unchanged: 0, refused: 0 };
  for (const row of ordered) counts[row.outcome]++;
  return { ok: true, rows: ordered, counts };
}
