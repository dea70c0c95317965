import "@/lib/server/server-only";
import { AppError } from "@/lib/server/errors";

/**
 * The request body, refused (FILE_TOO_LARGE) as soon as it passes `limit` bytes — by its declared
 * Content-Length before anything is read, else while streaming — so that an upload sent without
 * a length, or lying about it, is never held in memory whole.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw new AppError("FILE_TOO_LARGE");
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new AppError("FILE_TOO_LARGE");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** multipart/form-data from a body read within `limit` bytes. */
export async function readLimitedForm(request: Request, limit: number): Promise<FormData | null> {
  const body = await readLimitedBody(request, limit);
  const type = request.headers.get("content-type") ?? "";
  return new Response(body as unknown as BodyInit, { headers: { "content-type": type } }).formData().catch(() => null);
}
