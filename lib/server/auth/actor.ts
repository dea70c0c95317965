/** The signed-in person as every DAL function sees them. Pure: shared by server code and tests. */
export type TRole = "CLERK" | "REVIEWER" | "ADMIN";

export interface Actor {
  id: string;
  loginName: string;
  displayName: string;
  role: TRole;
  /**
   * The units assigned to the actor directly (not their subtrees), for display only: authorisation
   * never reads this list, it filters by the actor's id through the unit tree (../auth/scope.ts).
   */
  unitIds: string[];
  /** Signed in with a one-time password: nothing but changing it is allowed. */
  mustChangePassword?: boolean;
}

export const ROLE_LABELS: Record<TRole, string> = {
  CLERK: "填报人",
  REVIEWER: "审核人",
  ADMIN: "管理员",
};
