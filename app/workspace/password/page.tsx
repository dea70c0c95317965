import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/workspace/auth/change-password-form";
import { requireActor } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "修改密码" };

export default async function PasswordPage() {
  await requireActor("/workspace/password");
  return (
    <>
      <h1>修改密码</h1>
      <ChangePasswordForm />
    </>
  );
}
