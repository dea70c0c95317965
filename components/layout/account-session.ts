/**
 * Who is signed in, for the public header, in plain browser code: the App Router header
 * (AccountLink) and the published report documents, which have no React runtime (their chart
 * loader calls mountDocumentAccount), share it. Public pages are cached for everyone, so the server
 * never renders a name into them: a browser with the sign-in hint asks for its session once.
 */
import { SIGNED_IN_HINT } from "../../lib/public/signed-in-hint";

const clearHint = () => {
  document.cookie = `${SIGNED_IN_HINT}=; Max-Age=0; Path=/`;
};

/** The signed-in user's display name, or null (no hint, no session: the stale hint is cleared). */
export async function signedInName(): Promise<string | null> {
  if (!document.cookie.split("; ").some((c) => c.startsWith(`${SIGNED_IN_HINT}=`))) return null;
  const session = (await fetch("/api/auth/session", { credentials: "same-origin" })
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null)) as { user?: { name?: string } } | null;
  if (session?.user) return session.user.name || "已登录";
  clearHint();
  return null;
}

/** Signs out through next-auth's own endpoint (CSRF token first) and goes to the home page. */
export async function signOutToHome(): Promise<void> {
  clearHint();
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { credentials: "same-origin" })).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  // A full load, not a client navigation: nothing of the signed-in pages stays in memory (and the
  // report documents have no router).
  window.location.assign(new URL("/", window.location.origin));
}

export const ACCOUNT_TEXT = { back: "返回工作台", signOut: "退出登录" } as const;

/** The published report documents: the header's 登录 becomes the same entries AccountLink shows. */
export function mountDocumentAccount(): void {
  const slot = document.querySelector<HTMLElement>("[data-account]");
  if (!slot) return;
  void signedInName().then((name) => {
    if (name === null) return;
    const link = document.createElement("a");
    link.href = "/workspace";
    link.dataset.testid = "header-account";
    link.textContent = `${name} · ${ACCOUNT_TEXT.back}`;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link-button";
    button.textContent = ACCOUNT_TEXT.signOut;
    button.addEventListener("click", () => void signOutToHome());
    slot.replaceChildren(link, " ", button);
  });
}
