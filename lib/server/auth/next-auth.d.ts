import type { TRole } from "@/lib/rules/actor";

declare module "next-auth" {
  interface User {
    role: TRole;
    unitIds: string[];
    loginName: string;
    /** auth_sessions.id of this sign-in. */
    sessionId: string;
  }
  interface Session {
    user: { id: string; name: string; role: TRole; unitIds: string[]; loginName: string; sessionId?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    sid: string;
    role: TRole;
    unitIds: string[];
    loginName: string;
  }
}
