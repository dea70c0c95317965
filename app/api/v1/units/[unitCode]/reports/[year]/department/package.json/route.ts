import { serializePackage } from "@/lib/disclosure/serialize";
import { attachment } from "@/lib/public/attachment";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { requirePublishedReport } from "@/lib/server/public/require-published-report";

/** GET …/department/package.json[?revision=n]: the department report's consolidated package as published. */
export const GET = publicApi<{ unitCode: string; year: string }>(async (request, { unitCode, year }) => {
  const data = await requirePublishedReport({ unitCode, year, request, kind: "DEPARTMENT" });
  const demo = data.unit.demo ? "-示例数据" : "";
  return new Response(serializePackage(data.pkg), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachment(`${data.unit.name}-${data.year}-部门汇总-第${data.revision.number}版${demo}.json`),
    },
  });
});

export const OPTIONS = publicApiOptions;
