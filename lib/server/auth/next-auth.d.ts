import type { TRole } from "@/lib/rules/actor";

declare module "next-auth" {
  interface User {
    role: TRole;
    unitIds: string[];
    loginName: string;
  }
  interface Session {
    user: { id: string; name: string; role: TRole; unitIds: string[]; loginName: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: TRole;
    unitIds: string[];
    loginName: string;
  }
}
