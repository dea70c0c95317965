import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/http/authed-route";
import { AppError } from "@/lib/server/errors";
import { importRevisionPackage } from "@/lib/server/reports/import-revision-package";
import { IMPORT_MAX_BYTES, IMPORT_NO_FILE, ZReportId, ZVersion } from "@/lib/workspace/schemas";

/**
 * POST multipart (file, reportId, version). A route, not a server action: actions cap bodies
 * at 1 MB and the template may be up to 5 MB.
 */
export const POST = authedRoute<{ unitCode: string; year: string }>(async (request, { actor }) => {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > IMPORT_MAX_BYTES + 64 * 1024) throw new AppError("FILE_TOO_LARGE");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const reportId = ZReportId.safeParse(form?.get("reportId"));
  const version = ZVersion.safeParse(form?.get("version"));
  if (!reportId.success) throw new AppError("NOT_FOUND");
  if (!(file instanceof File) || !version.success) throw new AppError("INVALID_INPUT", { message: IMPORT_NO_FILE });
  const saved = await importRevisionPackage({
    actor,
    reportId: reportId.data,
    version: version.data,
    file: { name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) },
  });
  return NextResponse.json({ ok: true, version: saved.version, savedAt: saved.updatedAt.toISOString(), package: saved.package });
});
