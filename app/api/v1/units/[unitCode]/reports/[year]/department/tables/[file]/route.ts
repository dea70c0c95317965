import { attachment } from "@/lib/public/attachment";
import { tableCsv } from "@/lib/public/csv";
import { AppError } from "@/lib/server/errors";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { requirePublishedReport } from "@/lib/server/public/require-published-report";

/** GET …/department/tables/g01.csv … g09.csv[?revision=n]: one table of the department report as CSV. */
export const GET = publicApi<{ unitCode: string; year: string; file: string }>(async (request, { unitCode, year, file }) => {
  const key = /^(g0[1-9])\.csv$/.exec(file)?.[1];
  if (!key) throw new AppError("NOT_FOUND", { message: "没有这张表：请使用 g01.csv 至 g09.csv" });
  const data = await requirePublishedReport({ unitCode, year, request, kind: "DEPARTMENT" });
  const table = data.report.tables.find((t) => t.key === key);
  if (!table) throw new AppError("NOT_FOUND", { message: "没有这张表" });
  const demo = data.unit.demo ? "-示例数据" : "";
  return new Response(tableCsv(table, data.unit.name, data.year, data.unit.demo), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(`${data.unit.name}-${data.year}-部门汇总-${table.id}${demo}.csv`),
    },
  });
});

export const OPTIONS = publicApiOptions;
