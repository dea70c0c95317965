import { attachment } from "@/lib/public/attachment";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { requirePublishedReport } from "@/lib/server/public/require-published-report";
import { tablesXlsx } from "@/lib/server/public/tables-xlsx";

export const runtime = "nodejs";

/** GET …/department/tables.xlsx[?revision=n]: the department report's nine tables in one workbook. */
export const GET = publicApi<{ unitCode: string; year: string }>(async (request, { unitCode, year }) => {
  const data = await requirePublishedReport({ unitCode, year, request, kind: "DEPARTMENT" });
  const demo = data.unit.demo ? "-示例数据" : "";
  return new Response(new Uint8Array(await tablesXlsx(data)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": attachment(`${data.unit.name}-${data.year}-部门汇总决算表-第${data.revision.number}版${demo}.xlsx`),
    },
  });
});

export const OPTIONS = publicApiOptions;
