import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/http/authed-route";
import { AppError } from "@/lib/server/errors";
import { readLimitedForm } from "@/lib/server/http/read-limited-body";
import { importRevisionPackage } from "@/lib/server/reports/import-revision-package";
import { IMPORT_MAX_BYTES, IMPORT_NO_FILE, ZReportId, ZVersion } from "@/lib/workspace/schemas";

/**
 * POST multipart (file, reportId, version). A route, not a server action: actions cap bodies
 * at 1 MB and the template may be up to 5 MB.
 */
export const POST = authedRoute<{ unitCode: string; year: string }>(async (request, { actor }) => {
  // The file plus the multipart envelope; nothing beyond it is read into memory.
  const form = await readLimitedForm(request, IMPORT_MAX_BYTES + 64 * 1024);
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
