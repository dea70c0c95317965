/**
 * Bounds on what an uploaded XLSX (a zip) may inflate to, checked before ExcelJS sees it: a
 * 236 KB file could otherwise inflate to gigabytes in memory (issue 13, finding 5). The central
 * directory's declared sizes are checked first (cheap), then every entry is inflated with its
 * declared size as a hard ceiling, so a file that lies about its sizes is caught too. Peak memory
 * is one entry (≤ MAX_ENTRY_BYTES). Server-only in practice (node:zlib); pure otherwise.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxRatio: number;
  ratioExemptBytes: number;
}

export const ZIP_LIMITS: Readonly<ZipLimits> = {
  /** The platform's template has ~20 entries. */
  maxEntries: 200,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
  /** Spreadsheet XML compresses ~5–30×; a bomb compresses 1000×. Small entries are exempt. */
  maxRatio: 200,
  ratioExemptBytes: 1024 * 1024,
};

/** `corrupt`: not a readable zip at all (the caller has its own wording for that). */
export type ZipCheck = { ok: true } | { ok: false; message: string; corrupt: boolean };

const INVALID = "文件不是有效的 XLSX 工作簿";
const fail = (message: string): ZipCheck => ({ ok: false, message, corrupt: message === INVALID });
const TOO_BIG = `工作簿解压后过大（上限 ${ZIP_LIMITS.maxTotalBytes / 1024 / 1024} MB），请只保留平台模板中的工作表后再导入`;

function findEndOfCentralDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}

export function checkZipLimits(data: Uint8Array, limits: Readonly<ZipLimits> = ZIP_LIMITS): ZipCheck {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return fail(INVALID);
  const count = bytes.readUInt16LE(eocd + 10);
  const dirOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) return fail("不支持 ZIP64 格式的工作簿，请用 Excel 另存为 .xlsx 后再导入");
  if (count > limits.maxEntries) return fail(`工作簿包含的部件过多（${count} 个），请只保留平台模板中的工作表后再导入`);
  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return fail(INVALID);
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    total += size;
    if (size > limits.maxEntryBytes || total > limits.maxTotalBytes) return fail(TOO_BIG);
    if (size > limits.ratioExemptBytes && size > compressed * limits.maxRatio) return fail(TOO_BIG);
    if (method !== 0 && method !== 8) return fail("工作簿使用了不支持的压缩方式，请用 Excel 另存为 .xlsx 后再导入");
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return fail(INVALID);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const body = bytes.subarray(start, start + compressed);
    if (body.length !== compressed) return fail(INVALID);
    if (method === 0) {
      if (compressed !== size) return fail(INVALID);
      continue;
    }
    try {
      // The declared size is the ceiling: a stream that inflates to more throws here.
      const out = inflateRawSync(body, { maxOutputLength: Math.max(1, size) });
      if (out.length !== size) return fail(INVALID);
    } catch (error) {
      return fail((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? TOO_BIG : INVALID);
    }
  }
  return { ok: true };
}
