"use client";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { signInErrorMessage } from "@/lib/workspace/sign-in-errors";
import styles from "./auth.module.css";

const subscribeNothing = () => () => {};

/** Sign-in. Any failure shows one generic message: it never says which of the two was wrong. */
export function LoginForm({ callbackUrl, initialError = null }: { callbackUrl: string; initialError?: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  // Until React has hydrated, a click would submit the form natively: keep the button off till then.
  const ready = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      loginName: String(form.get("loginName") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
      callbackUrl,
    }).catch(() => null);
    if (!result || result.error || !result.ok) {
      setPending(false);
      setError(signInErrorMessage(!result || result.status === 503 ? "SERVICE_UNAVAILABLE" : (result.error ?? "CredentialsSignin")));
      return;
    }
    // A full navigation, so that every server component reads the new session cookie.
    window.location.assign(callbackUrl);
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} method="post" noValidate>
      <label htmlFor="loginName">登录名</label>
      <input id="loginName" name="loginName" autoComplete="username" required />
      <label htmlFor="password">密码</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      <button className="button" type="submit" disabled={pending || !ready}>
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
