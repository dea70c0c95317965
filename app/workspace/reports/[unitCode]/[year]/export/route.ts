import { authedRoute } from "@/lib/server/http/authed-route";
import { getReportForEditing } from "@/lib/server/reports/get-report-for-editing";
import { AppError } from "@/lib/server/errors";
import { ZYear } from "@/lib/workspace/schemas";
import { writeWorkbook } from "@/lib/workbook/write-workbook";
import { blankPackage } from "@/lib/workspace/new-package";
import { serializePackage } from "@/lib/disclosure/serialize";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function attachment(name: string): string {
  return `attachment; filename="report.${name.split(".").pop()}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** GET ?format=json | xlsx | template: the draft as a package, as the filled XLSX, or the empty template. */
export const GET = authedRoute<{ unitCode: string; year: string }>(async (request, { actor, params }) => {
  const year = ZYear.safeParse(params.year);
  if (!year.success) throw new AppError("NOT_FOUND");
  const report = await getReportForEditing({ actor, unitCode: decodeURIComponent(params.unitCode), year: year.data });
  const format = request.nextUrl.searchParams.get("format") ?? "json";
  const base = `${report.unit.name}-${report.year}年度部门决算`;
  const headers = { "Cache-Control": "private, no-store" };
  if (format === "json") {
    const body = serializePackage(report.package);
    return new Response(body, {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": attachment(`${base}.json`) },
    });
  }
  if (format === "xlsx" || format === "template") {
    const pkg = format === "xlsx" ? report.package : blankPackage(report.package.unit, report.year);
    const name = format === "xlsx" ? `${base}.xlsx` : `${base}-空白模板.xlsx`;
    return new Response(new Uint8Array(await writeWorkbook(pkg)), { headers: { ...headers, "Content-Type": XLSX, "Content-Disposition": attachment(name) } });
  }
  throw new AppError("NOT_FOUND");
});
