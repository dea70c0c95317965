import "@/lib/server/server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ZSignIn } from "@/lib/workspace/schemas";
import { verifyUserCredentials } from "@/lib/server/users/verify-user-credentials";
import { getActorById } from "@/lib/server/users/get-actor-by-id";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * next-auth 4, credentials only, JWT sessions. The token carries the user id, role and unit
 * scopes for the UI; every authorisation decision re-reads them from the database (getActor).
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "登录名和密码",
      credentials: { loginName: { label: "登录名", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials) {
        const parsed = ZSignIn.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const user = await verifyUserCredentials(parsed.data);
        if (!user) return null;
        const actor = await getActorById({ userId: user.id });
        if (!actor) return null;
        return { id: actor.id, name: actor.displayName, role: actor.role, unitIds: actor.unitIds, loginName: actor.loginName };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.unitIds = user.unitIds;
        token.loginName = user.loginName;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        id: token.uid,
        name: token.name ?? "",
        role: token.role,
        unitIds: token.unitIds ?? [],
        loginName: token.loginName,
      };
      return session;
    },
  },
};
