import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/workspace/auth/change-password-form";
import { PASSWORD_PATH, requireActor } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "修改密码" };

export default async function PasswordPage() {
  const actor = await requireActor(PASSWORD_PATH);
  return (
    <>
      <h1>修改密码</h1>
      {actor.mustChangePassword && (
        <p role="alert" className="muted">
          您使用的是管理员发放的一次性密码。请先设置自己的新密码，之后才能使用工作台。
        </p>
      )}
      <ChangePasswordForm firstSignIn={Boolean(actor.mustChangePassword)} />
    </>
  );
}
