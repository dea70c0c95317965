/** The signed-in person as every DAL function sees them. Pure: shared by server code and tests. */
export type TRole = "CLERK" | "REVIEWER" | "ADMIN";

export interface Actor {
  id: string;
  loginName: string;
  displayName: string;
  role: TRole;
  /**
   * The units assigned to the actor directly (not their subtrees), for display only: authorisation
   * never reads this list, it filters by the actor's id through the unit tree (lib/server/auth/scope.ts).
   */
  unitIds: string[];
  /** Signed in with a one-time password: nothing but changing it is allowed. */
  mustChangePassword?: boolean;
  /** The auth_sessions row of this request's sign-in (absent outside a request). */
  sessionId?: string;
}

export const ROLE_LABELS: Record<TRole, string> = {
  CLERK: "填报人",
  REVIEWER: "审核人",
  ADMIN: "管理员",
};

/**
 * The system as actor, for scripts (seed, bulk import) that run a transition with nobody signed
 * in: it has an admin's permissions, and is recorded as no user (audit actor null).
 */
export const SYSTEM_ACTOR: Actor = Object.freeze({ id: "system", loginName: "system", displayName: "系统", role: "ADMIN", unitIds: [] as string[] });

/** The user id to record for `actor`: null for the system. */
export function recordedUserId(actor: Actor): string | null {
  return actor === SYSTEM_ACTOR ? null : actor.id;
}
