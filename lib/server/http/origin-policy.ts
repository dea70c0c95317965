/**
 * Cross-site request forgery, refused by where a state-changing request comes from (the same rule
 * Next applies to server actions). Pure: unit-tested, used by every POST/PUT/PATCH/DELETE route.
 */
export interface OriginFacts {
  /** The Origin header, if any. */
  origin: string | null;
  /** Sec-Fetch-Site, which browsers send even when they omit Origin. */
  secFetchSite: string | null;
  /** Host (or X-Forwarded-Host from our proxy): the site the request reached. */
  host: string | null;
  /** NEXTAUTH_URL, the public address, when set. */
  publicUrl?: string | null;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * A browser always says where a POST comes from (Origin, or at least Sec-Fetch-Site); it must be
 * this site. A request with neither comes from no browser and so carries no victim's cookie.
 */
export function isAllowedOrigin(facts: OriginFacts): boolean {
  if (facts.origin === null) return facts.secFetchSite === null || ["same-origin", "none"].includes(facts.secFetchSite);
  const from = hostOf(facts.origin);
  if (!from) return false;
  const allowed = [facts.host?.toLowerCase(), hostOf(facts.publicUrl)].filter(Boolean);
  return allowed.includes(from);
}
