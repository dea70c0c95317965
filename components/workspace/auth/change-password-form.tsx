"use client";
import { useState, type FormEvent } from "react";
import { changePasswordAction } from "@/lib/server/actions/change-password-action";
import styles from "./auth.module.css";

const FIELDS = [
  { name: "currentPassword", label: "当前密码（或一次性密码）", autoComplete: "current-password" },
  { name: "newPassword", label: "新密码（至少 12 个字符，不能是常见密码或包含登录名）", autoComplete: "new-password" },
  { name: "confirmPassword", label: "再次输入新密码", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm({ firstSignIn = false }: { firstSignIn?: boolean }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    const result = await changePasswordAction(Object.fromEntries(new FormData(form)));
    setPending(false);
    if (result.ok) {
      form.reset();
      setErrors({});
      setMessage({ ok: true, text: "密码已修改，下次登录请使用新密码。其他设备上的登录已全部退出。" });
      // After the one-time password the whole workspace opens: reload it from the server.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full reload on purpose (new session state)
      if (firstSignIn) window.location.assign("/workspace");
      return;
    }
    const details = (result.details as { fieldErrors?: Record<string, string> } | undefined)?.fieldErrors;
    const fields = result.code === "WRONG_PASSWORD" ? { currentPassword: result.message } : (result.fieldErrors ?? details);
    setErrors(fields ?? {});
    setMessage(fields ? null : { ok: false, text: result.message });
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      {FIELDS.map((field) => (
        <div key={field.name} style={{ display: "grid", gap: "0.3rem" }}>
          <label htmlFor={field.name}>{field.label}</label>
          <input
            id={field.name}
            name={field.name}
            type="password"
            autoComplete={field.autoComplete}
            aria-invalid={errors[field.name] ? true : undefined}
            aria-describedby={errors[field.name] ? `${field.name}-error` : undefined}
          />
          {errors[field.name] && (
            <p id={`${field.name}-error`} className={styles.fieldError}>
              {errors[field.name]}
            </p>
          )}
        </div>
      ))}
      {message && (
        <p className={message.ok ? styles.ok : styles.error} role="status">
          {message.text}
        </p>
      )}
      <button className="button" type="submit" disabled={pending}>
        修改密码
      </button>
    </form>
  );
}
