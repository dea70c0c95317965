/**
 * What the sign-in form says. next-auth puts a thrown error's message into the `error` query
 * parameter, so only these codes are ever thrown from `authorize` (never a driver's message,
 * which names the database host). Pure: the form imports it too.
 */
export const SIGN_IN_ERROR_MESSAGES = {
  CredentialsSignin: "登录名或密码不正确。连续多次失败后，该账号或网络地址需等待 15 分钟才能再试。",
  SERVICE_UNAVAILABLE: "服务暂时不可用，请稍后再试。",
} as const;

export type SignInErrorCode = keyof typeof SIGN_IN_ERROR_MESSAGES;

/** The message for any `error` value; unknown values (anything a URL may carry) get the generic one. */
export function signInErrorMessage(code: string | string[] | null | undefined): string | null {
  const value = Array.isArray(code) ? code[0] : code;
  if (!value) return null;
  return value === "SERVICE_UNAVAILABLE" ? SIGN_IN_ERROR_MESSAGES.SERVICE_UNAVAILABLE : SIGN_IN_ERROR_MESSAGES.CredentialsSignin;
}
