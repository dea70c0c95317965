"use client";
import { signOut } from "next-auth/react";
import { SIGNED_IN_HINT } from "@/lib/public/signed-in-hint";

export function SignOutButton() {
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() => {
        document.cookie = `${SIGNED_IN_HINT}=; Max-Age=0; Path=/`;
        void signOut({ callbackUrl: "/" });
      }}
    >
      退出登录
    </button>
  );
}
