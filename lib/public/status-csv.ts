import type { PublicationStatus } from "@/lib/public/types";
import { csvLines } from "./csv";
import { chinaDate } from "./timeliness";
import { TIMELINESS_LABEL } from "./timeliness";

/** 公开情况 as CSV (UTF-8 with BOM): one line per unit; invented units marked 示例数据. */
export function statusCsv(status: PublicationStatus): string {
  const rows = [
    [`${status.year}年度部门决算公开情况`, `公开期限：${status.deadline.toISOString().slice(0, 10)}`],
    ["单位编码", "单位名称", "示例数据", "公开情况", "首次公开日期", "最近公开日期", "当前版本"],
    ...status.rows.map((r) => [
      r.unit.code,
      r.unit.name,
      r.unit.demo ? "是" : "",
      TIMELINESS_LABEL[r.timeliness],
      r.firstPublishedAt ? chinaDate(r.firstPublishedAt) : "",
      r.latestPublishedAt ? chinaDate(r.latestPublishedAt) : "",
      r.revisionNumber === null ? "" : String(r.revisionNumber),
    ]),
  ];
  return csvLines(rows);
}
