/** Pure helpers for the sign-in redirect; shared by proxy, pages, actions, next-auth and the login form. */

// Any base works: only whether the resolved URL stays on it matters.
const PROBE_ORIGIN = "https://gongkai.invalid";

/**
 * Only same-site paths are followed after sign-in (no open redirect). The value is resolved the
 * way a browser would (which drops tabs and newlines and reads "\" as "/", so "/\t/evil.example"
 * is "//evil.example"); anything that leaves the site, or carries control characters or
 * backslashes at all, gives the fallback.
 */
export function safeCallbackUrl(value: string | string[] | undefined | null, fallback = "/workspace"): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || url.length > 2000 || !url.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(url)) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(url, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // "/..//evil.example" resolves to the path "//evil.example", itself a URL of another site.
  if (resolved.origin !== PROBE_ORIGIN || path.startsWith("//")) return fallback;
  return path;
}

/** next-auth's redirect callback: a path or a URL on our own origin, else the site's root. */
export function sameOriginRedirect(url: string, baseUrl: string): string {
  if (url.startsWith("/")) return `${baseUrl}${safeCallbackUrl(url, "/")}`;
  try {
    const target = new URL(url);
    if (target.origin === new URL(baseUrl).origin) return `${baseUrl}${safeCallbackUrl(`${target.pathname}${target.search}${target.hash}`, "/")}`;
  } catch {
    // not a URL: fall through
  }
  return baseUrl;
}

export function loginPath(returnTo: string): string {
  return `/login?callbackUrl=${encodeURIComponent(safeCallbackUrl(returnTo))}`;
}
