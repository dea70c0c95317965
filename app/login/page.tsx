import type { Metadata } from "next";
import { LoginForm } from "@/components/workspace/auth/login-form";
import { safeCallbackUrl } from "@/lib/server/auth/login-path";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="container">
      <h1>登录填报与审核系统</h1>
      <p className="muted">供各单位填报人、审核人和管理员使用。公众查阅已公开的决算无需登录。</p>
      <LoginForm callbackUrl={safeCallbackUrl(callbackUrl)} />
    </div>
  );
}
