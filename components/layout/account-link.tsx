"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import { SIGNED_IN_HINT } from "@/lib/public/signed-in-hint";

/**
 * The header's last entry: 登录, or, for someone signed in, who it is and the way back to the
 * workspace. Rendered as 登录 on the server (public pages are cached for everyone); a browser with
 * the sign-in hint asks for its session once. Without JavaScript it stays 登录, and /login then
 * shows who is signed in.
 */
export function AccountLink() {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (!document.cookie.split("; ").some((c) => c.startsWith(`${SIGNED_IN_HINT}=`))) return;
    let live = true;
    fetch("/api/auth/session", { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: { user?: { name?: string } } | null) => {
        if (!live) return;
        if (s?.user) setName(s.user.name || "已登录");
        else document.cookie = `${SIGNED_IN_HINT}=; Max-Age=0; Path=/`;
      })
      .catch(() => {});
    return () => { live = false; };
  }, []);
  if (name === null) return <Link href="/login">登录</Link>;
  return (
    <Link href="/workspace" data-testid="header-account">
      {name} · 返回工作台
    </Link>
  );
}
