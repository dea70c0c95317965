/**
 * Content-Disposition for a download with a Chinese file name: an ASCII fallback plus the
 * RFC 5987 UTF-8 name that every current browser uses.
 */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
