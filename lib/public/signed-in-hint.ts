/**
 * A hint cookie, not a credential: set by the proxy when a session cookie reaches the workspace,
 * cleared on sign-out. It only tells the public header (which reads no session, so public pages
 * stay cacheable) that asking /api/auth/session is worth a request; the answer decides.
 */
export const SIGNED_IN_HINT = "gk-signed-in";
