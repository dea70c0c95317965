import type { PublicationStatus } from "@/lib/public/types";
import { csvLines } from "./csv";
import { chinaDate } from "./timeliness";
import { TIMELINESS_LABEL } from "./timeliness";

const BODY = (text: string) => text.slice(1); // csvLines starts with the BOM; parts after the first go without it

/** The title and column lines of 公开情况 as CSV (without the BOM). */
export function statusCsvHeader(status: Pick<PublicationStatus, "year" | "deadline" | "region">): string {
  return BODY(
    csvLines([
      [`${status.year}年度部门决算公开情况`, `公开期限：${status.deadline.toISOString().slice(0, 10)}`, ...(status.region ? [`地区：${status.region}`] : [])],
      ["单位编码", "单位名称", "示例数据", "公开情况", "首次公开日期", "最近公开日期", "当前版本"],
    ]),
  );
}

/** One page of 公开情况 rows as CSV lines; invented units marked 示例数据. */
export function statusCsvRows(status: Pick<PublicationStatus, "rows">): string {
  if (status.rows.length === 0) return "";
  return BODY(
    csvLines(
      status.rows.map((r) => [
        r.unit.code,
        r.unit.name,
        r.unit.demo ? "是" : "",
        TIMELINESS_LABEL[r.timeliness],
        r.firstPublishedAt ? chinaDate(r.firstPublishedAt) : "",
        r.latestPublishedAt ? chinaDate(r.latestPublishedAt) : "",
        r.revisionNumber === null ? "" : String(r.revisionNumber),
      ]),
    ),
  );
}

