import "@/lib/server/server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ZSignIn } from "@/lib/workspace/schemas";
import { signInWithPassword } from "@/lib/server/sign-in/sign-in-with-password";
import { clientAddress } from "@/lib/server/sign-in/throttle-policy";
import { checkAuthSession } from "@/lib/server/sessions/check-auth-session";
import { endAuthSession } from "@/lib/server/sessions/end-auth-session";
import { isDatabaseUnavailable } from "@/lib/server/db-unavailable";
import { sameOriginRedirect } from "./login-path";
import { SESSION_LIFETIME_SECONDS } from "./session-policy";

export { SESSION_LIFETIME_SECONDS as SESSION_MAX_AGE_SECONDS };

/** Thrown by the jwt callback: next-auth then clears the cookie and answers "no session". */
class SessionEnded extends Error {
  constructor() {
    super("SESSION_ENDED");
  }
}

/**
 * next-auth 4, credentials only. The JWT cookie carries the user id and the id of a row in
 * auth_sessions; the row is checked on every request (sign-out, lifetime, idle, user changes:
 * lib/server/sessions). Role and scopes are re-read from the database for every decision (getActor).
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "登录名和密码",
      credentials: { loginName: { label: "登录名", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZSignIn.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        try {
          const result = await signInWithPassword({ ...parsed.data, address: clientAddress(req?.headers?.["x-forwarded-for"]) });
          if (!result.ok) return null;
          const { actor } = result;
          return { id: actor.id, name: actor.displayName, role: actor.role, unitIds: actor.unitIds, loginName: actor.loginName, sessionId: result.sessionId };
        } catch (error) {
          // Only a code reaches the browser (next-auth puts the message into the URL).
          console.error("Sign-in failed:", error instanceof Error ? error.message : error);
          throw new Error(isDatabaseUnavailable(error) ? "SERVICE_UNAVAILABLE" : "SIGN_IN_FAILED");
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = user.sessionId;
        token.role = user.role;
        token.unitIds = user.unitIds;
        token.loginName = user.loginName;
        return token;
      }
      // A database outage is not a sign-out: the session stays and the page reports the outage.
      const live = await checkAuthSession({ sessionId: token.sid ?? "", userId: token.uid ?? "" }).catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) return true;
        throw error;
      });
      if (!live) throw new SessionEnded();
      return token;
    },
    async session({ session, token }) {
      session.user = {
        id: token.uid,
        name: token.name ?? "",
        role: token.role,
        unitIds: token.unitIds ?? [],
        loginName: token.loginName,
        sessionId: token.sid,
      };
      return session;
    },
    async redirect({ url, baseUrl }) {
      return sameOriginRedirect(url, baseUrl);
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await endAuthSession({ sessionId: token.sid });
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is routine (sign-out elsewhere, password changed, idle): not an error.
      if (code === "JWT_SESSION_ERROR" && (metadata as { message?: string })?.message === "SESSION_ENDED") return;
      console.error(`[next-auth] ${code}`, metadata instanceof Error ? metadata.message : "");
    },
    warn() {},
    debug() {},
  },
};
