/**
 * Every response's security headers, decided in one place (proxy.ts applies them). Pure.
 *
 * Scripts: no 'unsafe-inline'. App Router pages need their inline bootstrap and RSC payload, so
 * they get a fresh nonce per request ('strict-dynamic' lets Next's loaded chunks load the rest).
 * The published report documents (Pages Router, no runtime JS, cached until a publication) have no
 * inline script at all, so they get a policy without a nonce and stay cacheable: their one script
 * is the chart loader from /islands, which imports its chunks from the same origin.
 * Styles keep 'unsafe-inline': React's style attributes and recharts need it; it runs no code.
 */
export interface SecurityHeaderOptions {
  /** A fresh nonce for this request, or null for the cacheable documents. */
  nonce: string | null;
  /** The request reached us over TLS (directly or via our proxy): send HSTS. */
  https: boolean;
}

/** The published report documents (pages/units/[unitCode]/[year]/… and the documents' 500 page). */
export function isDocumentPath(pathname: string): boolean {
  return /^\/units\/[^/]+\/[^/]+(\/r\/[^/]+)?\/?$/.test(pathname) || pathname === "/500";
}

export function contentSecurityPolicy(nonce: string | null): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options.nonce),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (options.https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

/**
 * A URL Next cannot route safely: a path that does not decode (a lone "%"), or a NUL byte
 * anywhere (PostgreSQL rejects it in text). Answered 400 before any route runs.
 */
export function isMalformedUrl(rawPathname: string, rawSearch: string): boolean {
  if (/%00/i.test(rawPathname) || /%00/i.test(rawSearch) || rawPathname.includes("\0")) return true;
  try {
    decodeURIComponent(rawPathname);
  } catch {
    return true;
  }
  return false;
}
