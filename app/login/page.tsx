import type { Metadata } from "next";
import { LoginForm } from "@/components/workspace/auth/login-form";
import { safeCallbackUrl } from "@/lib/server/auth/login-path";
import { signInErrorMessage } from "@/lib/workspace/sign-in-errors";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // `error` is only ever mapped to one of our messages: whatever the URL says is never shown.
  const { callbackUrl, error } = await searchParams;
  return (
    <div className="container">
      <h1>登录填报与审核系统</h1>
      <p className="muted">供各单位填报人、审核人和管理员使用。公众查阅已公开的决算无需登录。</p>
      <LoginForm callbackUrl={safeCallbackUrl(callbackUrl)} initialError={signInErrorMessage(error)} />
    </div>
  );
}
