/** Entity tags for the public API: strong tags from a content hash, If-None-Match matched as RFC 9110 says (weak comparison). */

/** The tag of a body: a quoted hex digest (SHA-1 is enough to tell versions apart; nothing secret here). */
export async function etagOf(body: ArrayBuffer | Uint8Array | string): Promise<string> {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body instanceof Uint8Array ? body : new Uint8Array(body);
  const digest = await crypto.subtle.digest("SHA-1", bytes as Uint8Array<ArrayBuffer>);
  return `"${Buffer.from(digest).toString("base64url")}"`;
}

/** True when an If-None-Match header names this tag (or is `*`): the client's copy is current. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}
