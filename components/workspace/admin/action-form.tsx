"use client";
import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/server/actions/action-result";
import styles from "./admin.module.css";

type Payload = { message?: string; oneTimePassword?: string; loginName?: string };

/**
 * One form of the admin area: sends its fields to a server action, shows the Chinese message
 * (field errors named), and — after creating a user or resetting a password — the one-time
 * password, once. The server's data is refreshed after a success.
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  className,
  confirm,
  resetOnSuccess = false,
  danger = false,
}: {
  action: (input: FormData) => Promise<ActionResult<Payload>>;
  children?: ReactNode;
  submitLabel: string;
  className?: string;
  /** Asked before sending (e.g. deleting). */
  confirm?: string;
  resetOnSuccess?: boolean;
  danger?: boolean;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<Payload> | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const form = event.currentTarget;
    setPending(true);
    // The previous answer (and any one-time password in it) goes as soon as a new request starts.
    setResult(null);
    const outcome = await action(new FormData(form));
    setPending(false);
    setResult(outcome);
    if (outcome.ok) {
      if (resetOnSuccess) form.reset();
      router.refresh();
    }
  }

  const fieldErrors =
    result && !result.ok
      ? Object.values(result.fieldErrors ?? (result.details as { fieldErrors?: Record<string, string> } | undefined)?.fieldErrors ?? {})
      : [];
  return (
    <form className={className ?? styles.form} onSubmit={onSubmit} noValidate>
      {children}
      <div className={styles.inline}>
        <button className={danger ? "button button-secondary" : "button"} type="submit" disabled={pending}>
          {submitLabel}
        </button>
        {result?.ok && result.data.message && (
          <p className={styles.ok} role="status">
            {result.data.message}
          </p>
        )}
        {result && !result.ok && (
          <p className={styles.error} role="alert">
            {result.message}
          </p>
        )}
      </div>
      {fieldErrors.length > 0 && (
        <ul className={styles.error}>
          {[...new Set(fieldErrors)].map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {result?.ok && result.data.oneTimePassword && (
        <div role="status" aria-label="一次性密码">
          <p>
            用户 <strong>{result.data.loginName}</strong> 的一次性密码（只显示这一次，请当面或通过安全渠道交给本人；首次登录后必须修改）：
          </p>
          <output className={styles.secret} data-testid="one-time-password">
            {result.data.oneTimePassword}
          </output>
        </div>
      )}
    </form>
  );
}
