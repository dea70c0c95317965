/** Pure helpers for the sign-in redirect; shared by proxy, pages, actions and the login form. */

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeCallbackUrl(value: string | string[] | undefined | null, fallback = "/workspace"): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return fallback;
  return url;
}

export function loginPath(returnTo: string): string {
  return `/login?callbackUrl=${encodeURIComponent(safeCallbackUrl(returnTo))}`;
}
