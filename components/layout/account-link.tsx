"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { ACCOUNT_TEXT, signedInName, signOutToHome } from "./account-session";

/**
 * The header's last entry: 登录, or, for someone signed in, who it is with the way back to the
 * workspace and 退出登录. Rendered as 登录 on the server (public pages are cached for everyone); a
 * browser with the sign-in hint asks for its session once (account-session.ts, which the
 * published report documents use too). Without JavaScript it stays 登录, and /login then shows
 * who is signed in. In the workspace it shows nothing: the workspace's header names the user.
 */
export function AccountLink() {
  const [name, setName] = useState<string | null>(null);
  const inWorkspace = usePathname()?.startsWith("/workspace") ?? false;
  useEffect(() => {
    if (inWorkspace) return;
    let live = true;
    void signedInName().then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [inWorkspace]);
  // Only the signed in reach the workspace, whose own header names the user beside its 退出登录: not twice.
  if (inWorkspace) return null;
  if (name === null) return <Link href="/login">登录</Link>;
  return (
    <>
      <Link href="/workspace" data-testid="header-account">
        {name} · {ACCOUNT_TEXT.back}
      </Link>{" "}
      <button type="button" className="link-button" onClick={() => void signOutToHome()}>
        {ACCOUNT_TEXT.signOut}
      </button>
    </>
  );
}
