import type { Metadata } from "next";
import { LoginForm } from "@/components/workspace/auth/login-form";
import Link from "next/link";
import { SignOutButton } from "@/components/workspace/auth/sign-out-button";
import { ROLE_LABELS } from "@/lib/rules/actor";
import { safeCallbackUrl } from "@/lib/server/auth/login-path";
import { signInErrorMessage } from "@/lib/workspace/sign-in-errors";
import { getActor } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // `error` is only ever mapped to one of our messages: whatever the URL says is never shown.
  const { callbackUrl, error } = await searchParams;
  const actor = await getActor();
  if (actor) {
    // Signed in already: say who, instead of the form again.
    return (
      <div className="container">
        <h1>您已登录</h1>
        <p data-testid="signed-in-as">
          当前登录：{actor.displayName}（{ROLE_LABELS[actor.role]}）
        </p>
        <p className="actions-row">
          <Link className="button" href={safeCallbackUrl(callbackUrl)}>
            进入工作台
          </Link>{" "}
          <SignOutButton />
        </p>
      </div>
    );
  }
  return (
    <div className="container">
      <h1>登录填报与审核系统</h1>
      <p className="muted">供各单位填报人、审核人和管理员使用。公众查阅已公开的决算无需登录。</p>
      <LoginForm callbackUrl={safeCallbackUrl(callbackUrl)} initialError={signInErrorMessage(error)} />
    </div>
  );
}
